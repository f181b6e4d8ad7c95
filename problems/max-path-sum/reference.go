// Package maxpathsum is the reference for max-path-sum: the largest sum of
// a path between any two nodes.
package maxpathsum

import (
	"math"
	"math/rand"

	"github.com/grindjudge/grind/problems/kit"
)

// TreeNode is kit's tree node.
type TreeNode = kit.TreeNode

// MaxPathSum computes, in post-order, each subtree's gain: the best sum of
// a path going down from its root, or 0 when every such path is negative
// and better left out. The best path turning at a node is the node plus
// both of its children's gains. O(n). It keeps the path from the root to
// the current node on a stack of its own rather than recursing.
func MaxPathSum(root *TreeNode) int {
	type frame struct {
		n        *TreeNode
		left     int  // the left subtree's gain, once leftDone
		leftDone bool // the left subtree is finished; the right is under way
	}
	var path []frame
	gain, best := 0, math.MinInt // gain is that of the subtree finished last
	descend := func(n *TreeNode) {
		for ; n != nil; n = n.Left {
			path = append(path, frame{n: n})
		}
		gain = 0 // the empty left subtree of the last node pushed
	}
	descend(root)
	for len(path) > 0 {
		top := &path[len(path)-1]
		if !top.leftDone {
			top.left, top.leftDone = gain, true
			descend(top.n.Right)
			continue
		}
		v := top.n.Val
		best = max(best, v+top.left+gain)
		gain = max(0, v+max(top.left, gain))
		path = path[:len(path)-1]
	}
	return best
}

// Ladder is the sizes of the scaling ladder, up to the largest tree allowed.
var Ladder = []int{1562, 3125, 6250, 12500, 25000, 50000, 100000}

// Random is the sizes of the random hidden cases.
var Random = []int{1, 2, 3, 4, 6, 9, 15, 40, 200, 1000}

// deepFrom is the size from which Generate builds only deep trees: the
// whole ladder, so every size is the same kind of tree.
const deepFrom = 1500

// Generate returns a tree of n nodes with values in [-1000, 1000]. From
// deepFrom nodes on it is a caterpillar - a spine of about three quarters
// of the nodes turning left or right at random, with leaves hanging off it
// - so a solution that recomputes each node's best downward path from
// scratch pays n^2. Smaller trees take every shape, and their values are
// often all negative, or mostly negative, or tiny.
func Generate(r *rand.Rand, n int) []any {
	lo, hi := -1000, 1000
	if n < deepFrom {
		switch r.Intn(5) {
		case 0:
			hi = -1 // all negative
		case 1:
			hi = 200 // mostly negative
		case 2:
			lo, hi = -3, 3
		}
	}
	vals := kit.Ints(r, n, lo, hi)
	if n >= deepFrom {
		return []any{kit.Caterpillar(r, vals)}
	}
	switch k := r.Intn(6); k {
	case 0:
		return []any{kit.Caterpillar(r, vals)}
	default:
		shapes := []kit.Shape{kit.Random, kit.Random, kit.Complete, kit.LeftChain, kit.Zigzag}
		return []any{kit.Tree(r, vals, shapes[k-1])}
	}
}
