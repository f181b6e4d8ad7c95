// Package maxdepth is the reference for max-depth: the number of nodes on
// the longest root-to-leaf path.
package maxdepth

import (
	"math/rand"

	"github.com/grindjudge/grind/problems/kit"
)

// TreeNode is kit's tree node.
type TreeNode = kit.TreeNode

// MaxDepth counts levels breadth first: O(n) time, and no recursion, so a
// path of 100000 nodes is no deeper on the stack than a balanced tree.
func MaxDepth(root *TreeNode) int {
	if root == nil {
		return 0
	}
	depth := 0
	level := []*TreeNode{root}
	for len(level) > 0 {
		depth++
		var next []*TreeNode
		for _, n := range level {
			if n.Left != nil {
				next = append(next, n.Left)
			}
			if n.Right != nil {
				next = append(next, n.Right)
			}
		}
		level = next
	}
	return depth
}

// Ladder is the sizes of the scaling ladder, up to the largest tree allowed.
var Ladder = []int{1562, 3125, 6250, 12500, 25000, 50000, 100000}

// Random is the sizes of the random hidden cases.
var Random = []int{1, 2, 3, 4, 6, 10, 30, 100, 1000, 5000}

// Generate returns a tree of n nodes with values in [-100, 100], shaped
// like a caterpillar (see kit.Caterpillar): about three quarters of n deep,
// as the interview trees that break careless solutions are.
func Generate(r *rand.Rand, n int) []any {
	return []any{kit.Caterpillar(r, kit.Ints(r, n, -100, 100))}
}
