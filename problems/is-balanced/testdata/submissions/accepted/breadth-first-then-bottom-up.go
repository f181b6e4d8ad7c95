package solution

// IsBalanced lists the nodes breadth first, then walks the list backwards,
// so every node comes after its children, keeping heights in a map: O(n),
// no recursion.
func IsBalanced(root *TreeNode) bool {
	if root == nil {
		return true
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
	for i := len(order) - 1; i >= 0; i-- {
		n := order[i]
		l, r := height[n.Left], height[n.Right] // a missing child reads as 0
		if l-r > 1 || r-l > 1 {
			return false
		}
		height[n] = 1 + max(l, r)
	}
	return true
}
