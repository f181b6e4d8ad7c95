package solution

type TreeNode struct {
	Val         int
	Left, Right *TreeNode
}

// IsValidBST passes each node the open range its value must lie in; a nil
// bound means there is none, so no value of int is off limits. O(n).
func IsValidBST(root *TreeNode) bool {
	return within(root, nil, nil)
}

func within(n *TreeNode, lo, hi *int) bool {
	if n == nil {
		return true
	}
	if lo != nil && n.Val <= *lo || hi != nil && n.Val >= *hi {
		return false
	}
	return within(n.Left, lo, &n.Val) && within(n.Right, &n.Val, hi)
}
