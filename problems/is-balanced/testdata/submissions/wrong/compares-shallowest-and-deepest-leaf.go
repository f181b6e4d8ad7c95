package solution

// IsBalanced asks whether the shallowest and the deepest leaf are at most
// one level apart: a different property, which a path (one leaf) has and
// some balanced trees lack.
func IsBalanced(root *TreeNode) bool {
	if root == nil {
		return true
	}
	lo, hi := 1<<62, 0
	var walk func(n *TreeNode, d int)
	walk = func(n *TreeNode, d int) {
		if n == nil {
			return
		}
		if n.Left == nil && n.Right == nil {
			lo, hi = min(lo, d), max(hi, d)
		}
		walk(n.Left, d+1)
		walk(n.Right, d+1)
	}
	walk(root, 1)
	return hi-lo <= 1
}
