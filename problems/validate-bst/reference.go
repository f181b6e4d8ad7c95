// Package validatebst is the reference for validate-bst: is every left
// subtree smaller and every right subtree larger than its node?
package validatebst

import (
	"math"
	"math/rand"
	"sort"

	"github.com/grindjudge/grind/problems/kit"
)

// TreeNode is kit's tree node.
type TreeNode = kit.TreeNode

// IsValidBST walks the tree in order - left subtree, node, right subtree -
// with a stack of its own, and checks that each value is strictly larger
// than the one before. There is no sentinel for "before the first value",
// so math.MinInt64 is a value like any other. O(n).
func IsValidBST(root *TreeNode) bool {
	var stack []*TreeNode
	prev, seen := 0, false
	for n := root; n != nil || len(stack) > 0; n = n.Right {
		for ; n != nil; n = n.Left {
			stack = append(stack, n)
		}
		n = stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen && n.Val <= prev {
			return false
		}
		prev, seen = n.Val, true
	}
	return true
}

// Ladder is the sizes of the scaling ladder, up to the largest tree allowed.
var Ladder = []int{1562, 3125, 6250, 12500, 25000, 50000, 100000}

// Random is the sizes of the random hidden cases.
var Random = []int{1, 2, 3, 4, 6, 8, 12, 25, 100, 1000}

// deepFrom is the size from which Generate builds only deep valid trees:
// the whole ladder, so every size is the same kind of tree.
const deepFrom = 1500

// Generate returns a tree of n nodes. Its shape is a caterpillar - a spine
// of about three quarters of the nodes turning left or right at random,
// with leaves hanging off it - from deepFrom nodes on, and any shape below.
// It holds distinct sorted values in order, so it is a valid search tree,
// the values drawn from the whole int range (often including its two ends)
// or, for small trees, from a small range easier to read. Below deepFrom
// nodes, half the trees are then spoiled: two values swapped, neighbours in
// order or not, or one value copied onto its neighbour in order. The
// ladder's trees stay valid, so every solution must look at every node, and
// one that scans each node's subtrees pays n^2.
func Generate(r *rand.Rand, n int) []any {
	if n == 0 {
		return []any{(*TreeNode)(nil)}
	}
	var vals []int
	if n < deepFrom && r.Intn(2) == 0 {
		vals = kit.DistinctInts(r, n, -2*n, 2*n)
	} else {
		vals = wideInts(r, n)
	}
	sort.Ints(vals)
	var root *TreeNode
	if n >= deepFrom {
		root = kit.Caterpillar(r, make([]int, n))
	} else {
		switch k := r.Intn(6); k {
		case 0:
			root = kit.Caterpillar(r, make([]int, n))
		default:
			shapes := []kit.Shape{kit.Random, kit.Complete, kit.LeftChain, kit.RightChain, kit.Zigzag}
			root = kit.Tree(r, make([]int, n), shapes[k-1])
		}
	}
	nodes := inorder(root)
	for i, nd := range nodes {
		nd.Val = vals[i]
	}
	if n >= deepFrom || n < 2 || r.Intn(2) == 0 {
		return []any{root}
	}
	i := r.Intn(n - 1)
	switch r.Intn(3) {
	case 0: // neighbours in order swapped
		nodes[i].Val, nodes[i+1].Val = nodes[i+1].Val, nodes[i].Val
	case 1: // any two swapped
		j := r.Intn(n - 1)
		if j >= i {
			j++
		}
		nodes[i].Val, nodes[j].Val = nodes[j].Val, nodes[i].Val
	default: // a duplicate of the neighbour in order
		if r.Intn(2) == 0 {
			nodes[i].Val = nodes[i+1].Val
		} else {
			nodes[i+1].Val = nodes[i].Val
		}
	}
	return []any{root}
}

// wideInts returns n distinct values from the whole int range; each end of
// the range is among them a third of the time.
func wideInts(r *rand.Rand, n int) []int {
	seen := make(map[int]bool, n)
	vals := make([]int, 0, n)
	add := func(v int) {
		if !seen[v] && len(vals) < n {
			seen[v] = true
			vals = append(vals, v)
		}
	}
	if r.Intn(3) == 0 {
		add(math.MinInt64)
	}
	if r.Intn(3) == 0 {
		add(math.MaxInt64)
	}
	for len(vals) < n {
		add(int(r.Uint64()))
	}
	return vals
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
