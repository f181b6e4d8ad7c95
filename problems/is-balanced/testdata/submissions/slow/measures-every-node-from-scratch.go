package solution

// IsBalanced measures both subtrees of every node from scratch and checks
// the children before judging the node itself: correct, but
// O(n * depth), O(n^2) on a deep tree.
func IsBalanced(root *TreeNode) bool {
	if root == nil {
		return true
	}
	l, r := height(root.Left), height(root.Right)
	leftOK, rightOK := IsBalanced(root.Left), IsBalanced(root.Right)
	return leftOK && rightOK && l-r <= 1 && r-l <= 1
}

func height(n *TreeNode) int {
	if n == nil {
		return 0
	}
	return 1 + max(height(n.Left), height(n.Right))
}
