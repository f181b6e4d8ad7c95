package solution

// LowestCommonAncestor records parents, marks p and its ancestors, then
// climbs from q - but starts at q's parent, forgetting that q may itself be
// the ancestor (or be p).
func LowestCommonAncestor(root *TreeNode, p, q int) int {
	parent := map[*TreeNode]*TreeNode{root: nil}
	var pn, qn *TreeNode
	stack := []*TreeNode{root}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Val == p {
			pn = n
		}
		if n.Val == q {
			qn = n
		}
		for _, c := range []*TreeNode{n.Left, n.Right} {
			if c != nil {
				parent[c] = n
				stack = append(stack, c)
			}
		}
	}
	mine := map[*TreeNode]bool{}
	for x := pn; x != nil; x = parent[x] {
		mine[x] = true
	}
	for x := parent[qn]; x != nil; x = parent[x] {
		if mine[x] {
			return x.Val
		}
	}
	return root.Val
}
