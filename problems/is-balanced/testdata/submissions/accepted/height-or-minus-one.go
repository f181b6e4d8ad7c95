package solution

type TreeNode struct {
	Val         int
	Left, Right *TreeNode
}

// IsBalanced computes heights bottom up in one recursion, returning -1 for
// a subtree already found unbalanced: O(n).
func IsBalanced(root *TreeNode) bool {
	return check(root) >= 0
}

func check(n *TreeNode) int {
	if n == nil {
		return 0
	}
	l := check(n.Left)
	if l < 0 {
		return -1
	}
	r := check(n.Right)
	if r < 0 || l-r > 1 || r-l > 1 {
		return -1
	}
	return 1 + max(l, r)
}
