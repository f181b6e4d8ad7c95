package solution

// LevelOrder is the classic breadth-first walk: the queue's length before a
// level starts is that level's size. O(n).
func LevelOrder(root *TreeNode) [][]int {
	if root == nil {
		return [][]int{}
	}
	var levels [][]int
	queue := []*TreeNode{root}
	for len(queue) > 0 {
		size := len(queue)
		level := make([]int, 0, size)
		for i := 0; i < size; i++ {
			n := queue[0]
			queue = queue[1:]
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
