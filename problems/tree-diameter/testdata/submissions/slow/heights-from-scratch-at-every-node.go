package solution

// DiameterOfBinaryTree takes the best of the path turning at the root and
// the diameters of both subtrees, measuring heights from scratch each time:
// correct, but O(n * depth), O(n^2) on a deep tree.
func DiameterOfBinaryTree(root *TreeNode) int {
	if root == nil {
		return 0
	}
	through := height(root.Left) + height(root.Right)
	return max(through, DiameterOfBinaryTree(root.Left), DiameterOfBinaryTree(root.Right))
}

func height(n *TreeNode) int {
	if n == nil {
		return 0
	}
	return 1 + max(height(n.Left), height(n.Right))
}
