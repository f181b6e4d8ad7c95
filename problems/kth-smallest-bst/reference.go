// Package kthsmallestbst is the reference for kth-smallest-bst: the k-th
// value of a search tree's in-order walk.
package kthsmallestbst

import (
	"math/rand"
	"sort"

	"github.com/grindjudge/grind/problems/kit"
)

// TreeNode is kit's tree node.
type TreeNode = kit.TreeNode

// KthSmallest walks the tree in order with a stack of its own and stops at
// the k-th node: it goes down one path of at most h nodes and pops k nodes,
// pushing the left spine of each popped node's right child. O(h + k).
func KthSmallest(root *TreeNode, k int) int {
	var stack []*TreeNode
	for n := root; ; n = n.Right {
		for ; n != nil; n = n.Left {
			stack = append(stack, n)
		}
		n = stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if k--; k == 0 {
			return n.Val
		}
	}
}

// Ladder is the sizes of the scaling ladder, up to the largest tree
// allowed. Its trees are balanced and k is small (see Generate), so the
// reference's time hardly grows at all: what the ladder shows is whether a
// solution's time grows with n, as one that walks the whole tree does.
var Ladder = []int{1562, 3125, 6250, 12500, 25000, 50000, 100000}

// Random is the sizes of the random hidden cases.
var Random = []int{1, 2, 3, 5, 7, 11, 20, 60, 300, 1000}

// deepFrom is the size from which Generate builds only balanced trees with
// a small k: the whole ladder.
const deepFrom = 1500

// Generate returns a search tree of n nodes with values in [-10^9, 10^9]
// and a k in [1, n]. From deepFrom nodes on, the tree is balanced and k at
// most 16, so the answer is found after a few dozen steps by a solution
// that stops in time, and after n by one that does not. Below, the tree
// takes any shape - balanced, random, chains, zigzags, caterpillars - its
// values often repeat, and k is anything from 1 to n.
func Generate(r *rand.Rand, n int) []any {
	var vals []int
	switch {
	case n >= deepFrom || r.Intn(3) > 0:
		vals = kit.Ints(r, n, -1_000_000_000, 1_000_000_000)
	default:
		vals = kit.Ints(r, n, -n/3, n/3) // many repeats
	}
	sort.Ints(vals)
	if n >= deepFrom {
		return []any{kit.BalancedBST(vals), 1 + r.Intn(16)}
	}
	var root *TreeNode
	switch k := r.Intn(7); k {
	case 0:
		root = kit.BalancedBST(vals)
	case 1:
		root = kit.Caterpillar(r, make([]int, n))
	default:
		shapes := []kit.Shape{kit.Random, kit.Random, kit.LeftChain, kit.RightChain, kit.Zigzag}
		root = kit.Tree(r, make([]int, n), shapes[k-2])
	}
	for i, nd := range inorder(root) {
		nd.Val = vals[i]
	}
	return []any{root, 1 + r.Intn(n)}
}

// inorder returns the nodes of a tree in order: left subtree, node, right
// subtree.
func inorder(root *TreeNode) []*TreeNode {
	var out, stack []*TreeNode
	for n := root; n != nil || len(stack) > 0; n = n.Right {
		for ; n != nil; n = n.Left {
			stack = append(stack, n)
		}
		n = stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		out = append(out, n)
	}
	return out
}
