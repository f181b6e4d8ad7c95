package solution

// BuildTree recurses on (preorder start, inorder range), but computes where
// the right subtree starts in preorder as if the inorder range always began
// at 0: right subtrees below a left-most path start in the wrong place.
func BuildTree(preorder, inorder []int) *TreeNode {
	pos := make(map[int]int, len(inorder))
	for i, v := range inorder {
		pos[v] = i
	}
	var build func(preStart, inStart, inEnd int) *TreeNode
	build = func(preStart, inStart, inEnd int) *TreeNode {
		if preStart >= len(preorder) || inStart > inEnd {
			return nil
		}
		root := &TreeNode{Val: preorder[preStart]}
		i := pos[root.Val]
		root.Left = build(preStart+1, inStart, i-1)
		root.Right = build(preStart+i+1, i+1, inEnd) // should be preStart+(i-inStart)+1
		return root
	}
	return build(0, 0, len(inorder)-1)
}
