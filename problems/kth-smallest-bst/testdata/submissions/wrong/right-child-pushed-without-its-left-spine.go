package solution

// KthSmallest walks in order with a stack, but after popping a node pushes
// only its right child, not the right child's whole left spine: nodes
// below the left of a right child come out too late.
func KthSmallest(root *TreeNode, k int) int {
	var stack []*TreeNode
	for n := root; n != nil; n = n.Left {
		stack = append(stack, n)
	}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if k--; k == 0 {
			return n.Val
		}
		if n.Right != nil {
			stack = append(stack, n.Right)
		}
	}
	return 0
}
