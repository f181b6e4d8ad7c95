package solution

// BuildTree finds each root in inorder by scanning from the left, then
// recurses on the two sides: correct, but each scan can cost the whole
// range, O(n * depth), O(n^2) on a deep tree.
func BuildTree(preorder, inorder []int) *TreeNode {
	if len(preorder) == 0 {
		return nil
	}
	root := &TreeNode{Val: preorder[0]}
	i := 0
	for inorder[i] != root.Val {
		i++
	}
	root.Left = BuildTree(preorder[1:i+1], inorder[:i])
	root.Right = BuildTree(preorder[i+1:], inorder[i+1:])
	return root
}
