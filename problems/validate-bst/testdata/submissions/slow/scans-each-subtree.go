package solution

// IsValidBST checks, at every node, that the largest value of its left
// subtree is below it and the smallest of its right subtree above it,
// scanning the subtrees each time: correct, but O(n * depth), O(n^2) on a
// deep tree.
func IsValidBST(root *TreeNode) bool {
	if root == nil {
		return true
	}
	if root.Left != nil && largest(root.Left) >= root.Val {
		return false
	}
	if root.Right != nil && smallest(root.Right) <= root.Val {
		return false
	}
	return IsValidBST(root.Left) && IsValidBST(root.Right)
}

func largest(n *TreeNode) int {
	m := n.Val
	if n.Left != nil {
		m = max(m, largest(n.Left))
	}
	if n.Right != nil {
		m = max(m, largest(n.Right))
	}
	return m
}

func smallest(n *TreeNode) int {
	m := n.Val
	if n.Left != nil {
		m = min(m, smallest(n.Left))
	}
	if n.Right != nil {
		m = min(m, smallest(n.Right))
	}
	return m
}
