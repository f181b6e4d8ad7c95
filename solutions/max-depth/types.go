package maxdepth

// TreeNode is a node of a binary tree. Keep its fields as they are: grind
// builds your input from them.
type TreeNode struct {
	Val   int
	Left  *TreeNode
	Right *TreeNode
}
