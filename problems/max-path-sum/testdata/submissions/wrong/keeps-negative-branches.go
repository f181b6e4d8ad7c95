package solution

import "math"

// MaxPathSum always extends a path into both children's best downward
// paths, even when one of them adds up to less than zero and would be
// better left out.
func MaxPathSum(root *TreeNode) int {
	best := math.MinInt
	var gain func(n *TreeNode) int
	gain = func(n *TreeNode) int {
		if n == nil {
			return 0
		}
		l, r := gain(n.Left), gain(n.Right)
		best = max(best, n.Val+l+r)
		return n.Val + max(l, r)
	}
	gain(root)
	return best
}
