package solution

// InvertTree walks the tree breadth first but swaps children only where a
// node has both: a lone child stays on its side.
func InvertTree(root *TreeNode) *TreeNode {
	if root == nil {
		return nil
	}
	queue := []*TreeNode{root}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		if n.Left != nil && n.Right != nil {
			n.Left, n.Right = n.Right, n.Left
		}
		if n.Left != nil {
			queue = append(queue, n.Left)
		}
		if n.Right != nil {
			queue = append(queue, n.Right)
		}
	}
	return root
}
