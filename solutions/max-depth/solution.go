package maxdepth

// Maximum Depth of a Binary Tree (trees, easy). An interviewer expects O(n).
//
//
// Given the root of a binary tree, return its depth: the number of nodes on the
// longest path from the root down to a leaf. An empty tree has depth 0, a
// single node depth 1.
//
// Trees are written in level order, with `null` where a child is missing.
//
// ## Examples
//
// **Example 1**
//
//     root = [1, 2, 3, 4, 5, 6, 7]
//     answer: 3
//
// A full tree of three levels.
//
// **Example 2**
//
//     root = [7]
//     answer: 1
//
// **Example 3**
//
//     root = []
//     answer: 0
//
// ## Constraints
//
// - The tree has between 0 and 100000 nodes.
// - `-100 <= Val <= 100`
// - Trees may be far from balanced: a path of 100000 nodes is possible.
//
// grind test max-depth runs the samples; grind submit max-depth judges every case.

func MaxDepth(root *TreeNode) int {
	// The depth of a tree is one more than that of its deeper subtree.
	if root == nil {
		return 0
	}
	return 1 + max(MaxDepth(root.Left), MaxDepth(root.Right))
}
