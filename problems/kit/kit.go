// Package kit holds what problem packages and the judge's harness share: the
// TreeNode and ListNode types, the value notation codec (LeetCode notation:
// JSON, with trees and lists as level-order arrays), deep copy with structural
// conversion between a solution's own node types and kit's, the answer
// comparison modes, and random input generators.
//
// kit is compiled into every judged binary, so it uses the standard library
// only.
package kit

// TreeNode is a binary tree node. Trees are written in level order with null
// for a missing child: [3,9,20,null,null,15,7].
type TreeNode struct {
	Val         int
	Left, Right *TreeNode
}

// ListNode is a singly linked list node. Lists are written as arrays: [1,2,3].
type ListNode struct {
	Val  int
	Next *ListNode
}

// Ops is the input of a design problem: the operations in call order and the
// arguments of each. The first operation names the type and constructs it.
type Ops struct {
	Names []string
	Args  [][]any
}
