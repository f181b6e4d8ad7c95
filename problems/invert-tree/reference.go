// Package inverttree is the reference for invert-tree: swap the two children
// of every node.
package inverttree

import (
	"math/rand"

	"github.com/grindjudge/grind/problems/kit"
)

// TreeNode is kit's tree node.
type TreeNode = kit.TreeNode

// InvertTree swaps the children of every node in place, visiting the nodes
// from a stack of its own: O(n) time, and a path of 100000 nodes costs no
// deeper a call stack than a balanced tree.
func InvertTree(root *TreeNode) *TreeNode {
	if root == nil {
		return nil
	}
	stack := []*TreeNode{root}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		n.Left, n.Right = n.Right, n.Left
		if n.Left != nil {
			stack = append(stack, n.Left)
		}
		if n.Right != nil {
			stack = append(stack, n.Right)
		}
	}
	return root
}

// Ladder is the sizes of the scaling ladder, up to the largest tree allowed.
var Ladder = []int{1562, 3125, 6250, 12500, 25000, 50000, 100000}

// Random is the sizes of the random hidden cases.
var Random = []int{1, 2, 3, 4, 6, 9, 15, 40, 200, 1000}

// deepFrom is the size from which Generate builds only deep trees: the
// whole ladder, so every size is the same kind of tree and the growth fit
// compares like with like.
const deepFrom = 1500

// Generate returns a tree of n nodes with values in [-1000, 1000]. Small
// trees take every shape - random, complete, chains, zigzags, caterpillars -
// and often repeat values; from deepFrom nodes on they are caterpillars, a
// spine of about three quarters of the nodes that turns left or right at
// random, so a solution that walks down from the root once per level pays
// n^2.
func Generate(r *rand.Rand, n int) []any {
	lo, hi := -1000, 1000
	if r.Intn(3) == 0 {
		lo, hi = -3, 3 // many repeated values
	}
	vals := kit.Ints(r, n, lo, hi)
	if n >= deepFrom {
		return []any{kit.Caterpillar(r, vals)}
	}
	switch k := r.Intn(6); k {
	case 0:
		return []any{kit.Caterpillar(r, vals)}
	default:
		shapes := []kit.Shape{kit.Random, kit.Complete, kit.LeftChain, kit.RightChain, kit.Zigzag}
		return []any{kit.Tree(r, vals, shapes[k-1])}
	}
}
