package solution

// KthSmallest counts the nodes of the left subtree at each step down to
// decide where the k-th value is: correct, but the counting visits about n
// nodes even in a balanced tree, O(n) however small k is (and O(n^2) on a
// long path).
func KthSmallest(root *TreeNode, k int) int {
	n := root
	for {
		left := size(n.Left)
		switch {
		case k <= left:
			n = n.Left
		case k == left+1:
			return n.Val
		default:
			k -= left + 1
			n = n.Right
		}
	}
}

func size(n *TreeNode) int {
	if n == nil {
		return 0
	}
	return 1 + size(n.Left) + size(n.Right)
}
