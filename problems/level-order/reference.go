// Package levelorder is the reference for level-order: the values of a
// tree level by level, each level left to right.
package levelorder

import (
	"math/rand"

	"github.com/grindjudge/grind/problems/kit"
)

// TreeNode is kit's tree node.
type TreeNode = kit.TreeNode

// LevelOrder walks the tree breadth first. The queue is one slice read from
// a moving head, so every node is appended and read once; the nodes
// between two marks are one level. All values share one backing array,
// each level a slice of it. O(n).
func LevelOrder(root *TreeNode) [][]int {
	if root == nil {
		return nil
	}
	queue := []*TreeNode{root}
	var levels [][]int
	for start := 0; start < len(queue); {
		end := len(queue) // the level is queue[start:end]
		for _, n := range queue[start:end] {
			if n.Left != nil {
				queue = append(queue, n.Left)
			}
			if n.Right != nil {
				queue = append(queue, n.Right)
			}
		}
		levels = append(levels, make([]int, end-start))
		start = end
	}
	vals := make([]int, len(queue))
	for i, n := range queue {
		vals[i] = n.Val
	}
	i := 0
	for k, level := range levels {
		levels[k] = vals[i : i+len(level) : i+len(level)]
		i += len(level)
	}
	return levels
}

// Ladder is the sizes of the scaling ladder, up to the largest tree allowed.
var Ladder = []int{1562, 3125, 6250, 12500, 25000, 50000, 100000}

// Random is the sizes of the random hidden cases.
var Random = []int{0, 1, 2, 3, 5, 9, 16, 40, 250, 1000}

// deepFrom is the size from which Generate builds only brooms: the whole
// ladder, so every size is the same kind of tree.
const deepFrom = 1500

// Generate returns a tree of n nodes with values in [-1000, 1000]. Small
// trees take every shape: random, complete, chains, zigzags, caterpillars
// and brooms. From deepFrom nodes on the tree is a broom: a complete tree of
// seven eighths of the nodes, whose widest level holds more than n/4 of
// them, with a caterpillar of the rest hanging below one of its leaves,
// more than n/16 levels deep. A solution that walks down from the root once
// per level pays n^2 on the handle; one whose queue costs the queue's
// length per step pays n^2 on the brush.
func Generate(r *rand.Rand, n int) []any {
	vals := kit.Ints(r, n, -1000, 1000)
	if n >= deepFrom {
		return []any{broom(r, vals)}
	}
	switch k := r.Intn(7); k {
	case 0:
		return []any{broom(r, vals)}
	case 1:
		return []any{kit.Caterpillar(r, vals)}
	default:
		shapes := []kit.Shape{kit.Random, kit.Random, kit.Complete, kit.LeftChain, kit.Zigzag}
		return []any{kit.Tree(r, vals, shapes[k-2])}
	}
}

// broom makes a complete tree of the first seven eighths of the values and
// hangs a caterpillar of the others below a random leaf of it.
func broom(r *rand.Rand, vals []int) *TreeNode {
	if len(vals) == 0 {
		return nil
	}
	m := max(1, len(vals)*7/8)
	root := kit.Tree(r, vals[:m], kit.Complete)
	leaf := root
	for leaf.Left != nil {
		if leaf.Right != nil && r.Intn(2) == 0 {
			leaf = leaf.Right
		} else {
			leaf = leaf.Left
		}
	}
	if r.Intn(2) == 0 {
		leaf.Left = kit.Caterpillar(r, vals[m:])
	} else {
		leaf.Right = kit.Caterpillar(r, vals[m:])
	}
	return root
}
