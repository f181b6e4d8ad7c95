package kthsmallestbst

import (
	"math/rand"
	"reflect"
	"sort"
	"testing"

	"github.com/grindjudge/grind/problems/kit"
	"github.com/grindjudge/grind/problems/problemtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReferenceOnStoredCases(t *testing.T) {
	problemtest.Cases(t, "kth-smallest-bst", KthSmallest)
}

// TestStoredCasesKeepThePromise checks every stored case against the
// statement: a search tree of values in range, and 1 <= k <= n.
func TestStoredCasesKeepThePromise(t *testing.T) {
	_, cases := problemtest.Stored(t, "kth-smallest-bst")
	for _, c := range cases {
		rv, err := kit.Decode(c.Args[0], reflect.TypeFor[*TreeNode]())
		require.NoError(t, err)
		kv, err := kit.Decode(c.Args[1], reflect.TypeFor[int]())
		require.NoError(t, err)
		root, k := rv.Interface().(*TreeNode), int(kv.Int())
		vals := kit.TreeValues(root)
		assert.True(t, isSearchTree(root), "case %s: not a search tree", c.Name)
		assert.True(t, k >= 1 && k <= len(vals), "case %s: k=%d, n=%d", c.Name, k, len(vals))
		for _, v := range vals {
			assert.True(t, v >= -1_000_000_000 && v <= 1_000_000_000, "case %s: %d out of range", c.Name, v)
		}
	}
}

// oracle sorts every value of the tree, ignoring its order entirely.
func oracle(root *TreeNode, k int) int {
	vals := kit.TreeValues(root)
	sort.Ints(vals)
	return vals[k-1]
}

// isSearchTree checks the statement's rule at every node against every
// descendant.
func isSearchTree(root *TreeNode) bool {
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
		return all(n.Left, func(x int) bool { return x <= v }) &&
			all(n.Right, func(x int) bool { return x >= v }) &&
			check(n.Left) && check(n.Right)
	}
	return check(root)
}

func TestReferenceAgainstOracle(t *testing.T) {
	r := rand.New(rand.NewSource(6))
	for i := 0; i < 1500; i++ {
		n := 1 + r.Intn(40)
		var root *TreeNode
		var k int
		if i%2 == 0 {
			args := Generate(r, n)
			root, k = args[0].(*TreeNode), args[1].(int)
		} else {
			root, k = kit.BST(kit.Ints(r, n, -5, 5)), 1+r.Intn(n)
		}
		require.True(t, isSearchTree(root), "not a search tree: %s", kit.Show(root))
		require.Equal(t, oracle(root, k), KthSmallest(root, k), "tree %s k=%d", kit.Show(root), k)
	}
}

func TestGenerator(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for _, n := range Ladder {
		args := Generate(r, n)
		root, k := args[0].(*TreeNode), args[1].(int)
		vals := kit.TreeValues(root)
		require.Len(t, vals, n)
		assert.True(t, k >= 1 && k <= 16, "k=%d", k)
		assert.LessOrEqual(t, kit.TreeHeight(root), 17, "the ladder's trees must be balanced")
		for _, v := range vals {
			require.True(t, v >= -1_000_000_000 && v <= 1_000_000_000, "value %d out of range", v)
		}
	}
	repeats := 0
	for i := 0; i < 300; i++ {
		n := Random[i%len(Random)]
		args := Generate(r, n)
		root, k := args[0].(*TreeNode), args[1].(int)
		require.Len(t, kit.TreeValues(root), n)
		require.True(t, k >= 1 && k <= n)
		require.True(t, isSearchTree(root), "not a search tree: %s", kit.Show(root))
		vals := kit.TreeValues(root)
		sort.Ints(vals)
		for j := 1; j < len(vals); j++ {
			if vals[j] == vals[j-1] {
				repeats++
				break
			}
		}
	}
	assert.Greater(t, repeats, 50, "random trees should often repeat values")
}
