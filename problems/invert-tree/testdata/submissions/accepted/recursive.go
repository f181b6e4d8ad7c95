package solution

type TreeNode struct {
	Val         int
	Left, Right *TreeNode
}

// InvertTree mirrors both subtrees, then swaps them: the textbook recursion,
// fine on a path of 100000 nodes since Go's stacks grow.
func InvertTree(root *TreeNode) *TreeNode {
	if root == nil {
		return nil
	}
	root.Left, root.Right = InvertTree(root.Right), InvertTree(root.Left)
	return root
}
