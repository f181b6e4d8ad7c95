package solution

import "math"

// IsValidBST walks in order and wants each value above the previous one,
// starting the previous one at math.MinInt64 - which is itself a value a
// node may hold.
func IsValidBST(root *TreeNode) bool {
	prev := math.MinInt64
	var stack []*TreeNode
	for n := root; n != nil || len(stack) > 0; n = n.Right {
		for ; n != nil; n = n.Left {
			stack = append(stack, n)
		}
		n = stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Val <= prev {
			return false
		}
		prev = n.Val
	}
	return true
}
