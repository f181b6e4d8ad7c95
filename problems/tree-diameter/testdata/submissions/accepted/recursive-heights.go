package solution

type TreeNode struct {
	Val         int
	Left, Right *TreeNode
}

// DiameterOfBinaryTree returns heights from a recursion and records, at each
// node, the path that turns there: O(n).
func DiameterOfBinaryTree(root *TreeNode) int {
	best := 0
	var height func(n *TreeNode) int
	height = func(n *TreeNode) int {
		if n == nil {
			return 0
		}
		l, r := height(n.Left), height(n.Right)
		best = max(best, l+r)
		return 1 + max(l, r)
	}
	height(root)
	return best
}
