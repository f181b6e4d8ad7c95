package solution

// InvertTree swaps the children of the nodes at depth 0, then depth 1, and
// so on, walking down from the root to reach each level: correct, but
// O(n * depth), O(n^2) on a deep tree.
func InvertTree(root *TreeNode) *TreeNode {
	for d := 0; swapAt(root, d); d++ {
	}
	return root
}

// swapAt swaps the children of every node at depth d and reports whether
// there was any.
func swapAt(n *TreeNode, d int) bool {
	if n == nil {
		return false
	}
	if d == 0 {
		n.Left, n.Right = n.Right, n.Left
		return true
	}
	l := swapAt(n.Left, d-1)
	r := swapAt(n.Right, d-1)
	return l || r
}
