package solution

// IsBalanced returns -1 for an unbalanced subtree but only checks for it on
// the left: an unbalanced right subtree's -1 is then compared as a height,
// and next to an empty left side it looks fine.
func IsBalanced(root *TreeNode) bool {
	return check(root) != -1
}

func check(n *TreeNode) int {
	if n == nil {
		return 0
	}
	l := check(n.Left)
	if l == -1 {
		return -1
	}
	r := check(n.Right)
	if l-r > 1 || r-l > 1 {
		return -1
	}
	return 1 + max(l, r)
}
