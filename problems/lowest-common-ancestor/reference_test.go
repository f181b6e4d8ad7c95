package lowestcommonancestor

import (
	"math/rand"
	"reflect"
	"testing"

	"github.com/grindjudge/grind/problems/kit"
	"github.com/grindjudge/grind/problems/problemtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReferenceOnStoredCases(t *testing.T) {
	problemtest.Cases(t, "lowest-common-ancestor", LowestCommonAncestor)
}

// TestStoredCasesKeepThePromise checks every stored case against the
// statement: distinct values in range, p and q among them.
func TestStoredCasesKeepThePromise(t *testing.T) {
	_, cases := problemtest.Stored(t, "lowest-common-ancestor")
	for _, c := range cases {
		rv, err := kit.Decode(c.Args[0], reflect.TypeFor[*TreeNode]())
		require.NoError(t, err)
		seen := map[int]bool{}
		for _, v := range kit.TreeValues(rv.Interface().(*TreeNode)) {
			assert.False(t, seen[v], "case %s: %d repeated", c.Name, v)
			assert.True(t, v >= -1_000_000_000 && v <= 1_000_000_000, "case %s: %d out of range", c.Name, v)
			seen[v] = true
		}
		for _, raw := range c.Args[1:] {
			v, err := kit.Decode(raw, reflect.TypeFor[int]())
			require.NoError(t, err)
			assert.True(t, seen[int(v.Int())], "case %s: %d is not in the tree", c.Name, v.Int())
		}
	}
}

// pathTo returns the values on the path from n down to the node holding v,
// or nil if there is none.
func pathTo(n *TreeNode, v int) []int {
	if n == nil {
		return nil
	}
	if n.Val == v {
		return []int{v}
	}
	for _, c := range []*TreeNode{n.Left, n.Right} {
		if p := pathTo(c, v); p != nil {
			return append([]int{n.Val}, p...)
		}
	}
	return nil
}

// oracle finds both root-to-node paths: the answer is the last value they
// share.
func oracle(root *TreeNode, p, q int) int {
	a, b := pathTo(root, p), pathTo(root, q)
	i := 0
	for i+1 < len(a) && i+1 < len(b) && a[i+1] == b[i+1] {
		i++
	}
	return a[i]
}

// depthOf returns the depth of the node holding v, the root being at depth
// 1, breadth first: the ladder's trees are too deep for pathTo.
func depthOf(root *TreeNode, v int) int {
	level := []*TreeNode{root}
	for d := 1; len(level) > 0; d++ {
		var next []*TreeNode
		for _, n := range level {
			if n.Val == v {
				return d
			}
			if n.Left != nil {
				next = append(next, n.Left)
			}
			if n.Right != nil {
				next = append(next, n.Right)
			}
		}
		level = next
	}
	return 0
}

func TestReferenceAgainstOracle(t *testing.T) {
	r := rand.New(rand.NewSource(12))
	kinds := map[string]int{}
	for k := 0; k < 2000; k++ {
		n := 1 + r.Intn(40)
		var args []any
		if k%2 == 0 {
			args = Generate(r, n)
		} else {
			vals := kit.DistinctInts(r, n, -50, 50)
			args = []any{kit.Tree(r, vals, kit.Random), vals[r.Intn(n)], vals[r.Intn(n)]}
		}
		root, p, q := args[0].(*TreeNode), args[1].(int), args[2].(int)
		want := oracle(root, p, q)
		require.Equal(t, want, LowestCommonAncestor(root, p, q), "tree %s p=%d q=%d", kit.Show(root), p, q)
		switch want {
		case p, q:
			kinds["one is the other's ancestor"]++
		case root.Val:
			kinds["root"]++
		default:
			kinds["elsewhere"]++
		}
	}
	for _, kind := range []string{"one is the other's ancestor", "root", "elsewhere"} {
		assert.Greater(t, kinds[kind], 200, kind)
	}
}

func TestGenerator(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for _, n := range Ladder {
		args := Generate(r, n)
		root, p, q := args[0].(*TreeNode), args[1].(int), args[2].(int)
		vals := kit.TreeValues(root)
		require.Len(t, vals, n)
		seen := map[int]bool{}
		for _, v := range vals {
			require.False(t, seen[v], "value %d repeated", v)
			seen[v] = true
			require.True(t, v >= -1_000_000_000 && v <= 1_000_000_000, "value %d out of range", v)
		}
		require.True(t, seen[p] && seen[q])
		a := LowestCommonAncestor(root, p, q)
		assert.Greater(t, depthOf(root, a), n/3, "the ladder's answers must be deep")
	}
	for k := 0; k < 200; k++ {
		n := Random[k%len(Random)]
		args := Generate(r, n)
		vals := kit.TreeValues(args[0].(*TreeNode))
		require.Len(t, vals, n)
		assert.Contains(t, vals, args[1].(int))
		assert.Contains(t, vals, args[2].(int))
	}
}
