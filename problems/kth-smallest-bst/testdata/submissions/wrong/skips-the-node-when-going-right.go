package solution

// KthSmallest counts the left subtree to decide where the k-th value is,
// but going right it subtracts only the left subtree's size, forgetting
// the node itself.
func KthSmallest(root *TreeNode, k int) int {
	for n := root; n != nil; {
		left := size(n.Left)
		switch {
		case k <= left:
			n = n.Left
		case k == left+1:
			return n.Val
		default:
			k -= left
			n = n.Right
		}
	}
	return 0
}

func size(n *TreeNode) int {
	if n == nil {
		return 0
	}
	return 1 + size(n.Left) + size(n.Right)
}
