package solution

// MaxDepth follows the left child where there is one, the right otherwise:
// it measures one path, not the longest.
func MaxDepth(root *TreeNode) int {
	depth := 0
	for n := root; n != nil; depth++ {
		if n.Left != nil {
			n = n.Left
		} else {
			n = n.Right
		}
	}
	return depth
}
