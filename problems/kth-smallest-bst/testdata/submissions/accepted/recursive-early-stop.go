package solution

type TreeNode struct {
	Val         int
	Left, Right *TreeNode
}

// KthSmallest walks in order recursively and stops descending as soon as
// the k-th value is found: O(h + k).
func KthSmallest(root *TreeNode, k int) int {
	ans := 0
	var walk func(n *TreeNode)
	walk = func(n *TreeNode) {
		if n == nil || k == 0 {
			return
		}
		walk(n.Left)
		if k == 0 {
			return
		}
		if k--; k == 0 {
			ans = n.Val
			return
		}
		walk(n.Right)
	}
	walk(root)
	return ans
}
