// Package treediameter is the reference for tree-diameter: the longest path
// between two nodes, in edges.
package treediameter

import (
	"math/rand"

	"github.com/grindjudge/grind/problems/kit"
)

// TreeNode is kit's tree node.
type TreeNode = kit.TreeNode

// DiameterOfBinaryTree computes every subtree's height once, in post-order:
// the longest path turning at a node has as many edges as its two subtrees'
// heights added. O(n). It keeps the path from the root to the current node
// on a stack of its own rather than recursing.
func DiameterOfBinaryTree(root *TreeNode) int {
	type frame struct {
		n        *TreeNode
		left     int  // the height of n's left subtree, once leftDone
		leftDone bool // the left subtree is finished; the right is under way
	}
	var path []frame
	h, best := 0, 0 // h is the height of the subtree finished last
	descend := func(n *TreeNode) {
		for ; n != nil; n = n.Left {
			path = append(path, frame{n: n})
		}
		h = 0 // the empty left subtree of the last node pushed
	}
	descend(root)
	for len(path) > 0 {
		top := &path[len(path)-1]
		if !top.leftDone {
			top.left, top.leftDone = h, true
			descend(top.n.Right)
			continue
		}
		best = max(best, top.left+h)
		h = 1 + max(top.left, h)
		path = path[:len(path)-1]
	}
	return best
}

// Ladder is the sizes of the scaling ladder, up to the largest tree allowed.
var Ladder = []int{1562, 3125, 6250, 12500, 25000, 50000, 100000}

// Random is the sizes of the random hidden cases.
var Random = []int{0, 1, 2, 3, 5, 8, 14, 30, 150, 800}

// deepFrom is the size from which Generate builds only deep trees: the
// whole ladder, so every size is the same kind of tree.
const deepFrom = 1500

// Generate returns a tree of n nodes with values in [-100, 100]. Small trees
// take every shape - random (where the longest path seldom passes through
// the root), complete, chains, zigzags, caterpillars; from deepFrom nodes on
// they are caterpillars, a spine of about three quarters of the nodes
// turning left or right at random, so that measuring every node's heights
// from scratch costs n^2.
func Generate(r *rand.Rand, n int) []any {
	vals := kit.Ints(r, n, -100, 100)
	if n >= deepFrom {
		return []any{kit.Caterpillar(r, vals)}
	}
	switch k := r.Intn(8); k {
	case 0, 1:
		return []any{kit.Caterpillar(r, vals)}
	case 2, 3, 4:
		return []any{kit.Tree(r, vals, kit.Random)}
	default:
		shapes := []kit.Shape{kit.Complete, kit.LeftChain, kit.Zigzag}
		return []any{kit.Tree(r, vals, shapes[k-5])}
	}
}
