package solution

// KthSmallest collects all the values in order and then indexes: correct,
// but O(n) whatever k is.
func KthSmallest(root *TreeNode, k int) int {
	var vals []int
	var walk func(n *TreeNode)
	walk = func(n *TreeNode) {
		if n == nil {
			return
		}
		walk(n.Left)
		vals = append(vals, n.Val)
		walk(n.Right)
	}
	walk(root)
	return vals[k-1]
}
