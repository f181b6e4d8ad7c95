package solution

// DiameterOfBinaryTree lists the nodes breadth first, then walks the list
// backwards, so that children come before their parent, keeping each
// subtree's height in a map: O(n), no recursion.
func DiameterOfBinaryTree(root *TreeNode) int {
	if root == nil {
		return 0
	}
	order := []*TreeNode{root}
	for i := 0; i < len(order); i++ {
		if n := order[i]; n.Left != nil {
			order = append(order, n.Left)
		}
		if n := order[i]; n.Right != nil {
			order = append(order, n.Right)
		}
	}
	height := make(map[*TreeNode]int, len(order))
	best := 0
	for i := len(order) - 1; i >= 0; i-- {
		n := order[i]
		l, r := height[n.Left], height[n.Right] // a missing child reads as 0
		best = max(best, l+r)
		height[n] = 1 + max(l, r)
	}
	return best
}
