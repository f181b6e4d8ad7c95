package solution

type TreeNode struct {
	Val         int
	Left, Right *TreeNode
}

// LevelOrder walks the tree depth first, left before right, and appends each
// value to the list of its depth: within a depth, values arrive left to
// right. O(n).
func LevelOrder(root *TreeNode) [][]int {
	var levels [][]int
	var walk func(n *TreeNode, d int)
	walk = func(n *TreeNode, d int) {
		if n == nil {
			return
		}
		if d == len(levels) {
			levels = append(levels, nil)
		}
		levels[d] = append(levels[d], n.Val)
		walk(n.Left, d+1)
		walk(n.Right, d+1)
	}
	walk(root, 0)
	return levels
}
