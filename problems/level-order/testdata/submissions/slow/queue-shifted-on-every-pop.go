package solution

// LevelOrder is breadth first, but takes a node off the queue by shifting
// the rest of the queue down one place: each pop costs the queue's length,
// O(n * width), O(n^2) on a wide tree.
func LevelOrder(root *TreeNode) [][]int {
	if root == nil {
		return nil
	}
	var levels [][]int
	queue := []*TreeNode{root}
	for len(queue) > 0 {
		size := len(queue)
		var level []int
		for i := 0; i < size; i++ {
			n := queue[0]
			copy(queue, queue[1:])
			queue = queue[:len(queue)-1]
			level = append(level, n.Val)
			if n.Left != nil {
				queue = append(queue, n.Left)
			}
			if n.Right != nil {
				queue = append(queue, n.Right)
			}
		}
		levels = append(levels, level)
	}
	return levels
}
