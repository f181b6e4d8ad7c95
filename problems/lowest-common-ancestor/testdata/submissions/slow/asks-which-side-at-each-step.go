package solution

// LowestCommonAncestor walks down from the root; at each node it searches
// the left subtree for p and for q to decide where to go: correct, but
// every search rescans the subtree, O(n * depth), O(n^2) on a deep tree.
func LowestCommonAncestor(root *TreeNode, p, q int) int {
	for n := root; ; {
		if n.Val == p || n.Val == q {
			return n.Val
		}
		pLeft, qLeft := contains(n.Left, p), contains(n.Left, q)
		switch {
		case pLeft && qLeft:
			n = n.Left
		case !pLeft && !qLeft:
			n = n.Right
		default:
			return n.Val
		}
	}
}

func contains(n *TreeNode, v int) bool {
	return n != nil && (n.Val == v || contains(n.Left, v) || contains(n.Right, v))
}
