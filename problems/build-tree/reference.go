// Package buildtree is the reference for build-tree: the tree with the
// given preorder and inorder walks.
package buildtree

import (
	"math"
	"math/rand"

	"github.com/grindjudge/grind/problems/kit"
)

// TreeNode is kit's tree node.
type TreeNode = kit.TreeNode

// BuildTree takes the nodes in preorder and keeps a stack of the nodes
// whose right child is not known yet: the path from the root to the last
// node made. A new node is the left child of the top of the stack, unless
// the top's left subtree is complete - its value is the next in inorder -
// in which case the new node is the right child of the last node popped
// while the top matches inorder. Each node is pushed and popped once: O(n),
// and no recursion, so a path of 100000 nodes is no trouble.
func BuildTree(preorder, inorder []int) *TreeNode {
	if len(preorder) == 0 {
		return nil
	}
	nodes := make([]TreeNode, len(preorder))
	nodes[0].Val = preorder[0]
	stack := []*TreeNode{&nodes[0]}
	j := 0 // inorder[j] is the first node not yet finished in inorder
	for i := 1; i < len(preorder); i++ {
		n := &nodes[i]
		n.Val = preorder[i]
		var parent *TreeNode
		for len(stack) > 0 && stack[len(stack)-1].Val == inorder[j] {
			parent = stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			j++
		}
		if parent != nil {
			parent.Right = n
		} else {
			stack[len(stack)-1].Left = n
		}
		stack = append(stack, n)
	}
	return &nodes[0]
}

// Ladder is the sizes of the scaling ladder, up to the largest tree allowed.
var Ladder = []int{1562, 3125, 6250, 12500, 25000, 50000, 100000}

// Random is the sizes of the random hidden cases.
var Random = []int{0, 1, 2, 3, 5, 8, 13, 40, 200, 1000}

// deepFrom is the size from which Generate builds only deep trees: the
// whole ladder, so every size is the same kind of tree.
const deepFrom = 1500

// Generate returns the preorder and inorder walks of a tree of n nodes with
// distinct values in [-2^31, 2^31-1], the two ends of the range often among
// them. From deepFrom nodes on the tree is a chain, each node the only
// child of the one before, mostly on the left: n levels deep, so a solution
// must cope with 100000 levels of recursion or do without. Below a left
// turn, a root sits at the far end of its part of inorder, so a solution
// that searches inorder for every root pays n^2. Smaller trees take every
// shape.
func Generate(r *rand.Rand, n int) []any {
	vals := kit.DistinctInts(r, n, math.MinInt32, math.MaxInt32)
	for i, end := range []int{math.MinInt32, math.MaxInt32} {
		if n > i && r.Intn(3) == 0 && !contains(vals, end) {
			vals[r.Intn(n)] = end
		}
	}
	var root *TreeNode
	if n >= deepFrom {
		root = snake(r, vals)
	} else {
		switch k := r.Intn(7); k {
		case 0, 1:
			root = kit.Caterpillar(r, vals)
		default:
			shapes := []kit.Shape{kit.Random, kit.Complete, kit.LeftChain, kit.RightChain, kit.Zigzag}
			root = kit.Tree(r, vals, shapes[k-2])
		}
	}
	pre, in := walks(root)
	return []any{pre, in}
}

func contains(vals []int, v int) bool {
	for _, x := range vals {
		if x == v {
			return true
		}
	}
	return false
}

// walks returns the preorder and inorder walks of a tree, with stacks of
// their own.
func walks(root *TreeNode) (pre, in []int) {
	pre, in = []int{}, []int{}
	var stack []*TreeNode
	for n := root; n != nil || len(stack) > 0; n = n.Right {
		for ; n != nil; n = n.Left {
			pre = append(pre, n.Val)
			stack = append(stack, n)
		}
		n = stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		in = append(in, n.Val)
	}
	return pre, in
}

// snake links the values into a chain that goes left seven times out of
// eight, right otherwise.
func snake(r *rand.Rand, vals []int) *TreeNode {
	nodes := make([]TreeNode, len(vals))
	for i := range nodes {
		nodes[i].Val = vals[i]
		if i == 0 {
			continue
		}
		if r.Intn(8) > 0 {
			nodes[i-1].Left = &nodes[i]
		} else {
			nodes[i-1].Right = &nodes[i]
		}
	}
	return &nodes[0]
}
