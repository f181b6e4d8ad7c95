package solution

import "math"

// IsValidBST passes each node an open range, starting from
// (math.MinInt64, math.MaxInt64) as if those meant "no bound": a node
// holding either end of the range is then rejected.
func IsValidBST(root *TreeNode) bool {
	return within(root, math.MinInt64, math.MaxInt64)
}

func within(n *TreeNode, lo, hi int) bool {
	if n == nil {
		return true
	}
	if n.Val <= lo || n.Val >= hi {
		return false
	}
	return within(n.Left, lo, n.Val) && within(n.Right, n.Val, hi)
}
