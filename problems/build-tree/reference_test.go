package buildtree

import (
	"encoding/json"
	"math"
	"math/rand"
	"reflect"
	"slices"
	"testing"

	"github.com/grindjudge/grind/problems/kit"
	"github.com/grindjudge/grind/problems/problemtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReferenceOnStoredCases(t *testing.T) {
	problemtest.Cases(t, "build-tree", BuildTree)
}

// TestStoredCasesAreWalksOfTheirAnswer checks each case's promise: the two
// lists are the walks of the expected tree, whose values are distinct and
// within range.
func TestStoredCasesAreWalksOfTheirAnswer(t *testing.T) {
	_, cases := problemtest.Stored(t, "build-tree")
	decode := func(raw json.RawMessage, typ reflect.Type) any {
		v, err := kit.Decode(raw, typ)
		require.NoError(t, err)
		return v.Interface()
	}
	for _, c := range cases {
		pre := decode(c.Args[0], reflect.TypeFor[[]int]()).([]int)
		in := decode(c.Args[1], reflect.TypeFor[[]int]()).([]int)
		want := decode(c.Want, reflect.TypeFor[*TreeNode]()).(*TreeNode)
		gotPre, gotIn := walks(want)
		assert.Equal(t, gotPre, append([]int{}, pre...), "case %s: preorder", c.Name)
		assert.Equal(t, gotIn, append([]int{}, in...), "case %s: inorder", c.Name)
		seen := map[int]bool{}
		for _, v := range pre {
			assert.False(t, seen[v], "case %s: %d repeated", c.Name, v)
			assert.True(t, v >= math.MinInt32 && v <= math.MaxInt32, "case %s: %d out of range", c.Name, v)
			seen[v] = true
		}
	}
}

// oracle is the textbook recursion: the root is preorder's first value,
// found in inorder by a plain search.
func oracle(pre, in []int) *TreeNode {
	if len(pre) == 0 {
		return nil
	}
	i := slices.Index(in, pre[0])
	return &TreeNode{Val: pre[0], Left: oracle(pre[1:i+1], in[:i]), Right: oracle(pre[i+1:], in[i+1:])}
}

func TestReferenceAgainstOracle(t *testing.T) {
	r := rand.New(rand.NewSource(19))
	for k := 0; k < 1000; k++ {
		n := r.Intn(50)
		var pre, in []int
		if k%2 == 0 {
			args := Generate(r, n)
			pre, in = args[0].([]int), args[1].([]int)
		} else {
			pre, in = walks(kit.Tree(r, kit.DistinctInts(r, n, -100, 100), kit.Random))
		}
		want := oracle(pre, in)
		got := BuildTree(pre, in)
		require.Equal(t, kit.Show(want), kit.Show(got), "preorder %v inorder %v", pre, in)
		gotPre, gotIn := walks(got)
		require.Equal(t, pre, gotPre)
		require.Equal(t, in, gotIn)
	}
}

func TestRebuildsDeepTrees(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	vals := kit.DistinctInts(r, 100000, math.MinInt32, math.MaxInt32)
	for _, shape := range []kit.Shape{kit.LeftChain, kit.RightChain, kit.Zigzag} {
		root := kit.Tree(r, vals, shape)
		pre, in := walks(root)
		got := BuildTree(pre, in)
		assert.True(t, kit.Equal(reflect.ValueOf(root), reflect.ValueOf(got)), "shape %d", shape)
	}
}

func TestGenerator(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	ends := 0
	for _, n := range Ladder {
		args := Generate(r, n)
		pre, in := args[0].([]int), args[1].([]int)
		require.Len(t, pre, n)
		require.Len(t, in, n)
		root := BuildTree(pre, in)
		assert.Equal(t, n, kit.TreeHeight(root), "the ladder's trees must be chains")
	}
	for k := 0; k < 300; k++ {
		n := Random[k%len(Random)]
		args := Generate(r, n)
		pre, in := args[0].([]int), args[1].([]int)
		require.Len(t, pre, n)
		seen := map[int]bool{}
		for _, v := range pre {
			require.False(t, seen[v], "%d repeated", v)
			seen[v] = true
			if v == math.MinInt32 || v == math.MaxInt32 {
				ends++
			}
		}
		gotPre, gotIn := walks(BuildTree(pre, in))
		require.Equal(t, pre, gotPre)
		require.Equal(t, in, gotIn)
	}
	assert.Greater(t, ends, 60, "the ends of the range should appear often")
}
