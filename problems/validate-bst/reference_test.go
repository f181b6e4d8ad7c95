package validatebst

import (
	"math"
	"math/rand"
	"testing"

	"github.com/grindjudge/grind/problems/kit"
	"github.com/grindjudge/grind/problems/problemtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReferenceOnStoredCases(t *testing.T) {
	problemtest.Cases(t, "validate-bst", IsValidBST)
}

// oracle is the definition: every node is compared with every one of its
// descendants, which must be smaller on the left and larger on the right.
func oracle(root *TreeNode) bool {
	var all func(n *TreeNode, ok func(int) bool) bool
	all = func(n *TreeNode, ok func(int) bool) bool {
		return n == nil || ok(n.Val) && all(n.Left, ok) && all(n.Right, ok)
	}
	var check func(n *TreeNode) bool
	check = func(n *TreeNode) bool {
		if n == nil {
			return true
		}
		v := n.Val
		return all(n.Left, func(x int) bool { return x < v }) &&
			all(n.Right, func(x int) bool { return x > v }) &&
			check(n.Left) && check(n.Right)
	}
	return check(root)
}

func TestReferenceAgainstOracle(t *testing.T) {
	r := rand.New(rand.NewSource(23))
	answers := map[bool]int{}
	for k := 0; k < 3000; k++ {
		n := r.Intn(30)
		var root *TreeNode
		switch k % 3 {
		case 0:
			root = Generate(r, n)[0].(*TreeNode)
		case 1: // any tree of few values: mostly invalid, duplicates common
			root = kit.Tree(r, kit.Ints(r, n, -3, 3), kit.Random)
		default: // a search tree of extreme values, perhaps spoiled
			vals := []int{math.MinInt64, math.MaxInt64, 0, -1, 1, math.MinInt64 + 1, math.MaxInt64 - 1}
			r.Shuffle(len(vals), func(i, j int) { vals[i], vals[j] = vals[j], vals[i] })
			vals = vals[:min(n, len(vals))]
			root = kit.BST(vals)
			if ns := inorder(root); len(ns) > 1 && r.Intn(2) == 0 {
				i := r.Intn(len(ns) - 1)
				ns[i].Val = ns[i+1].Val
			}
		}
		want := oracle(root)
		answers[want]++
		require.Equal(t, want, IsValidBST(root), "tree %s", kit.Show(root))
	}
	assert.Greater(t, answers[true], 500)
	assert.Greater(t, answers[false], 500)
}

func TestGenerator(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	ends := map[int]int{}
	for _, n := range Ladder {
		root := Generate(r, n)[0].(*TreeNode)
		require.Len(t, inorder(root), n)
		assert.True(t, IsValidBST(root), "the ladder's trees must be valid")
		assert.Greater(t, kit.TreeHeight(root), n/2, "the ladder's trees must be deep")
	}
	answers := map[bool]int{}
	for k := 0; k < 400; k++ {
		n := Random[k%len(Random)]
		root := Generate(r, n)[0].(*TreeNode)
		require.Len(t, inorder(root), n)
		answers[IsValidBST(root)]++
		for _, nd := range inorder(root) {
			if nd.Val == math.MinInt64 || nd.Val == math.MaxInt64 {
				ends[nd.Val]++
			}
		}
	}
	assert.Greater(t, answers[true], 150)
	assert.Greater(t, answers[false], 100)
	assert.Greater(t, ends[math.MinInt64], 30, "math.MinInt64 should appear often")
	assert.Greater(t, ends[math.MaxInt64], 30, "math.MaxInt64 should appear often")
}
