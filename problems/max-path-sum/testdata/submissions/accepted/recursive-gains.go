package solution

import "math"

type TreeNode struct {
	Val         int
	Left, Right *TreeNode
}

// MaxPathSum returns each subtree's best downward sum from a recursion,
// dropping negative ones, and records the best path turning at each node:
// O(n).
func MaxPathSum(root *TreeNode) int {
	best := math.MinInt
	var gain func(n *TreeNode) int
	gain = func(n *TreeNode) int {
		if n == nil {
			return 0
		}
		l, r := max(0, gain(n.Left)), max(0, gain(n.Right))
		best = max(best, n.Val+l+r)
		return n.Val + max(l, r)
	}
	gain(root)
	return best
}
