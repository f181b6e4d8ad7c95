package solution

type TreeNode struct {
	Val         int
	Left, Right *TreeNode
}

// MaxDepth is the textbook recursion: fine even on a path of 100000 nodes.
func MaxDepth(root *TreeNode) int {
	if root == nil {
		return 0
	}
	return 1 + max(MaxDepth(root.Left), MaxDepth(root.Right))
}
