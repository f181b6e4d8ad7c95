package solution

// BuildTree builds each subtree until inorder reaches the value that ends
// it - the parent's, for a left subtree - with no stop at all for the
// outermost calls (a flag, not a made-up value, since any int32 may occur).
// Every value is consumed once from each list: O(n), no map.
func BuildTree(preorder, inorder []int) *TreeNode {
	pre, in := 0, 0
	var build func(stop int, bounded bool) *TreeNode
	build = func(stop int, bounded bool) *TreeNode {
		if in == len(inorder) || bounded && inorder[in] == stop {
			return nil
		}
		root := &TreeNode{Val: preorder[pre]}
		pre++
		root.Left = build(root.Val, true)
		in++ // root itself
		root.Right = build(stop, bounded)
		return root
	}
	return build(0, false)
}
