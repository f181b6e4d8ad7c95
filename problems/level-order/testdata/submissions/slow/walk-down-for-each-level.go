package solution

// LevelOrder collects depth 0, then depth 1, and so on, walking down from
// the root each time: correct, but O(n * depth), O(n^2) on a deep tree.
func LevelOrder(root *TreeNode) [][]int {
	var levels [][]int
	for d := 0; ; d++ {
		var level []int
		collect(root, d, &level)
		if len(level) == 0 {
			return levels
		}
		levels = append(levels, level)
	}
}

func collect(n *TreeNode, d int, level *[]int) {
	if n == nil {
		return
	}
	if d == 0 {
		*level = append(*level, n.Val)
		return
	}
	collect(n.Left, d-1, level)
	collect(n.Right, d-1, level)
}
