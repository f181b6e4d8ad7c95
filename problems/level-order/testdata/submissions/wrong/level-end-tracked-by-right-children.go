package solution

// LevelOrder remembers the last node of the current level and of the next
// one, but updates the next level's last node only when it queues a right
// child: when a level ends with a left child, or a childless node, the end
// of the level is lost.
func LevelOrder(root *TreeNode) [][]int {
	if root == nil {
		return nil
	}
	var levels [][]int
	var level []int
	queue := []*TreeNode{root}
	last, nextLast := root, (*TreeNode)(nil)
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		level = append(level, n.Val)
		if n.Left != nil {
			queue = append(queue, n.Left)
		}
		if n.Right != nil {
			queue = append(queue, n.Right)
			nextLast = n.Right
		}
		if n == last {
			levels = append(levels, level)
			level = nil
			last = nextLast
		}
	}
	return levels
}
