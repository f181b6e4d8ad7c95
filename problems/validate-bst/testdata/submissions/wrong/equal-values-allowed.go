package solution

// IsValidBST checks each node against the range its ancestors set, but
// lets a value equal a bound: a repeated value passes.
func IsValidBST(root *TreeNode) bool {
	return within(root, nil, nil)
}

func within(n *TreeNode, lo, hi *int) bool {
	if n == nil {
		return true
	}
	if lo != nil && n.Val < *lo || hi != nil && n.Val > *hi {
		return false
	}
	return within(n.Left, lo, &n.Val) && within(n.Right, &n.Val, hi)
}
