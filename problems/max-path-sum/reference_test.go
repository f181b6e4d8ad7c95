package maxpathsum

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
	problemtest.Cases(t, "max-path-sum", MaxPathSum)
}

// oracle tries every path: from every node, a walk over the tree seen as an
// undirected graph adds up each path starting there.
func oracle(root *TreeNode) int {
	adj := map[*TreeNode][]*TreeNode{}
	var link func(n *TreeNode)
	link = func(n *TreeNode) {
		if _, ok := adj[n]; !ok {
			adj[n] = nil // a lone node still counts
		}
		for _, c := range []*TreeNode{n.Left, n.Right} {
			if c != nil {
				adj[n] = append(adj[n], c)
				adj[c] = append(adj[c], n)
				link(c)
			}
		}
	}
	link(root)
	best := math.MinInt
	var walk func(n, from *TreeNode, sum int)
	walk = func(n, from *TreeNode, sum int) {
		sum += n.Val
		best = max(best, sum)
		for _, m := range adj[n] {
			if m != from {
				walk(m, n, sum)
			}
		}
	}
	for n := range adj {
		walk(n, nil, 0)
	}
	return best
}

func TestReferenceAgainstOracle(t *testing.T) {
	r := rand.New(rand.NewSource(29))
	negative := 0
	for k := 0; k < 1500; k++ {
		n := 1 + r.Intn(30)
		var root *TreeNode
		if k%2 == 0 {
			root = Generate(r, n)[0].(*TreeNode)
		} else {
			root = kit.Tree(r, kit.Ints(r, n, -10, 10), kit.Random)
		}
		want := oracle(root)
		if want < 0 {
			negative++
		}
		require.Equal(t, want, MaxPathSum(root), "tree %s", kit.Show(root))
	}
	assert.Greater(t, negative, 100, "all-negative trees should be common")
}

func TestGenerator(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for _, n := range Ladder {
		root := Generate(r, n)[0].(*TreeNode)
		vals := kit.TreeValues(root)
		require.Len(t, vals, n)
		assert.Greater(t, kit.TreeHeight(root), n/2, "the ladder's trees must be deep")
		for _, v := range vals {
			require.True(t, v >= -1000 && v <= 1000, "value %d out of range", v)
		}
	}
	for k := 0; k < 100; k++ {
		n := Random[k%len(Random)]
		assert.Len(t, kit.TreeValues(Generate(r, n)[0].(*TreeNode)), n)
	}
}
