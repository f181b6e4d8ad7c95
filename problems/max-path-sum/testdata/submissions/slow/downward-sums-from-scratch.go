package solution

// MaxPathSum takes the best of the path turning at the root and the answers
// of both subtrees, computing the best downward sums from scratch at every
// node: correct, but O(n * depth), O(n^2) on a deep tree.
func MaxPathSum(root *TreeNode) int {
	best := root.Val + max(0, down(root.Left)) + max(0, down(root.Right))
	if root.Left != nil {
		best = max(best, MaxPathSum(root.Left))
	}
	if root.Right != nil {
		best = max(best, MaxPathSum(root.Right))
	}
	return best
}

// down is the best sum of a path going down from n, 0 for no node.
func down(n *TreeNode) int {
	if n == nil {
		return 0
	}
	return n.Val + max(0, down(n.Left), down(n.Right))
}
