package solution

// MaxDepth walks level by level but stops at the first leaf it meets:
// that is the minimum depth.
func MaxDepth(root *TreeNode) int {
	if root == nil {
		return 0
	}
	depth := 0
	level := []*TreeNode{root}
	for len(level) > 0 {
		depth++
		var next []*TreeNode
		for _, n := range level {
			if n.Left == nil && n.Right == nil {
				return depth
			}
			if n.Left != nil {
				next = append(next, n.Left)
			}
			if n.Right != nil {
				next = append(next, n.Right)
			}
		}
		level = next
	}
	return depth
}
