package solution

// MaxDepth asks, for d = 1, 2, 3, ..., whether any node sits at depth d,
// walking the whole tree each time: O(n * depth), O(n^2) on a deep tree.
func MaxDepth(root *TreeNode) int {
	d := 0
	for hasDepth(root, d+1) {
		d++
	}
	return d
}

func hasDepth(n *TreeNode, d int) bool {
	if n == nil {
		return false
	}
	if d == 1 {
		return true
	}
	return hasDepth(n.Left, d-1) || hasDepth(n.Right, d-1)
}
