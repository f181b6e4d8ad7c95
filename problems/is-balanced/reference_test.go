package isbalanced

import (
	"math/rand"
	"testing"

	"github.com/grindjudge/grind/problems/kit"
	"github.com/grindjudge/grind/problems/problemtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReferenceOnStoredCases(t *testing.T) {
	problemtest.Cases(t, "is-balanced", IsBalanced)
}

func height(n *TreeNode) int {
	if n == nil {
		return 0
	}
	return 1 + max(height(n.Left), height(n.Right))
}

// oracle is the definition: every node's subtrees' heights, each measured
// from scratch, differ by at most one.
func oracle(n *TreeNode) bool {
	if n == nil {
		return true
	}
	d := height(n.Left) - height(n.Right)
	return d >= -1 && d <= 1 && oracle(n.Left) && oracle(n.Right)
}

func TestReferenceAgainstOracle(t *testing.T) {
	r := rand.New(rand.NewSource(17))
	answers := map[bool]int{}
	for k := 0; k < 800; k++ {
		n := r.Intn(40)
		vals := kit.Ints(r, n, -10_000, 10_000)
		for _, root := range []*TreeNode{
			kit.Tree(r, vals, kit.Random), kit.Tree(r, vals, kit.Complete), kit.Tree(r, vals, kit.Zigzag),
			balanced(r, vals), Generate(r, n)[0].(*TreeNode),
		} {
			want := oracle(root)
			answers[want]++
			require.Equal(t, want, IsBalanced(root), "tree %s", kit.Show(root))
		}
	}
	assert.Greater(t, answers[true], 1000)
	assert.Greater(t, answers[false], 1000)
}

func TestBalancedIsBalanced(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	for n := 0; n < 300; n++ {
		vals := kit.Ints(r, n, 0, 9)
		root := balanced(r, vals)
		require.Len(t, kit.TreeValues(root), n)
		require.True(t, oracle(root), "n=%d: %s", n, kit.Show(root))
	}
}

func TestGenerator(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for _, n := range Ladder {
		root := Generate(r, n)[0].(*TreeNode)
		vals := kit.TreeValues(root)
		require.Len(t, vals, n)
		assert.Greater(t, height(root), n/2, "the ladder's trees must be deep")
		for _, v := range vals {
			require.True(t, v >= -10_000 && v <= 10_000, "value %d out of range", v)
		}
	}
	answers := map[bool]int{}
	for k := 0; k < 300; k++ {
		n := Random[k%len(Random)]
		root := Generate(r, n)[0].(*TreeNode)
		require.Len(t, kit.TreeValues(root), n)
		answers[IsBalanced(root)]++
	}
	assert.Greater(t, answers[true], 60, "random cases should often be balanced")
	assert.Greater(t, answers[false], 60, "random cases should often be unbalanced")
}
