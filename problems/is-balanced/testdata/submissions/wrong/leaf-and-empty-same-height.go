package solution

// IsBalanced counts heights in edges but gives a leaf and an empty tree the
// same height, 0: a path of three nodes then looks balanced.
func IsBalanced(root *TreeNode) bool {
	return check(root) >= 0
}

func check(n *TreeNode) int {
	if n == nil || n.Left == nil && n.Right == nil {
		return 0
	}
	l := check(n.Left)
	if l < 0 {
		return -1
	}
	r := check(n.Right)
	if r < 0 || l-r > 1 || r-l > 1 {
		return -1
	}
	return 1 + max(l, r)
}
