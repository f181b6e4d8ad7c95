package solution

type TreeNode struct {
	Val         int
	Left, Right *TreeNode
}

// BuildTree maps each value to its inorder position, then recurses on
// inorder ranges, taking roots from preorder with one shared counter: O(n).
// The recursion is as deep as the tree, which Go's growable stacks allow.
func BuildTree(preorder, inorder []int) *TreeNode {
	pos := make(map[int]int, len(inorder))
	for i, v := range inorder {
		pos[v] = i
	}
	next := 0
	var build func(lo, hi int) *TreeNode // the subtree of inorder[lo:hi]
	build = func(lo, hi int) *TreeNode {
		if lo >= hi {
			return nil
		}
		root := &TreeNode{Val: preorder[next]}
		next++
		i := pos[root.Val]
		root.Left = build(lo, i)
		root.Right = build(i+1, hi)
		return root
	}
	return build(0, len(inorder))
}
