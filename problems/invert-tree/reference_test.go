package inverttree

import (
	"math/rand"
	"testing"

	"github.com/grindjudge/grind/problems/kit"
	"github.com/grindjudge/grind/problems/problemtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReferenceOnStoredCases(t *testing.T) {
	problemtest.Cases(t, "invert-tree", InvertTree)
}

// mirror builds a new mirrored tree, leaving its input alone: the
// definition, read literally.
func mirror(n *TreeNode) *TreeNode {
	if n == nil {
		return nil
	}
	return &TreeNode{Val: n.Val, Left: mirror(n.Right), Right: mirror(n.Left)}
}

// paths lists every node as the path from the root (L and R steps) and its
// value; mirroring a tree turns each path's L into R and back.
func paths(n *TreeNode, prefix string, out map[string]int) {
	if n == nil {
		return
	}
	out[prefix] = n.Val
	paths(n.Left, prefix+"L", out)
	paths(n.Right, prefix+"R", out)
}

func flip(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c == 'L' {
			b[i] = 'R'
		} else {
			b[i] = 'L'
		}
	}
	return string(b)
}

func TestReferenceAgainstOracle(t *testing.T) {
	r := rand.New(rand.NewSource(21))
	for k := 0; k < 600; k++ {
		n := r.Intn(50)
		vals := kit.Ints(r, n, -1000, 1000)
		for _, root := range []*TreeNode{
			kit.Tree(r, vals, kit.Random), kit.Tree(r, vals, kit.Complete), kit.Tree(r, vals, kit.Zigzag),
			Generate(r, n)[0].(*TreeNode),
		} {
			in := kit.Show(root)
			want := mirror(root)
			before := map[string]int{}
			paths(root, "", before)
			got := InvertTree(root)
			require.Equal(t, kit.Show(want), kit.Show(got), "tree %s", in)
			after := map[string]int{}
			paths(got, "", after)
			require.Len(t, after, len(before), "tree %s", in)
			for p, v := range before {
				assert.Equal(t, v, after[flip(p)], "tree %s, node at %q", in, p)
			}
		}
	}
}

func TestInvertingTwiceGivesTheTreeBack(t *testing.T) {
	r := rand.New(rand.NewSource(4))
	for k := 0; k < 100; k++ {
		root := Generate(r, r.Intn(300))[0].(*TreeNode)
		in := kit.Show(root)
		assert.Equal(t, in, kit.Show(InvertTree(InvertTree(root))))
	}
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
	for _, n := range Random {
		assert.Len(t, kit.TreeValues(Generate(r, n)[0].(*TreeNode)), n)
	}
	assert.Nil(t, Generate(r, 0)[0].(*TreeNode))
}
