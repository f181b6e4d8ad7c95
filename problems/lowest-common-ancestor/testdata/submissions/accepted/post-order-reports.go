package solution

type TreeNode struct {
	Val         int
	Left, Right *TreeNode
}

// LowestCommonAncestor has each subtree report the node holding p or q it
// found, or nil; the first node to hear from both sides, or that holds p or
// q itself, is the answer. O(n).
func LowestCommonAncestor(root *TreeNode, p, q int) int {
	return find(root, p, q).Val
}

func find(n *TreeNode, p, q int) *TreeNode {
	if n == nil || n.Val == p || n.Val == q {
		return n
	}
	l, r := find(n.Left, p, q), find(n.Right, p, q)
	switch {
	case l != nil && r != nil:
		return n
	case l != nil:
		return l
	default:
		return r
	}
}
