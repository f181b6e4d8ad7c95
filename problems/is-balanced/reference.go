// Package isbalanced is the reference for is-balanced: at every node the
// two subtrees' heights differ by at most one.
package isbalanced

import (
	"math/rand"

	"github.com/grindjudge/grind/problems/kit"
)

// TreeNode is kit's tree node.
type TreeNode = kit.TreeNode

// IsBalanced computes every subtree's height once, in post-order, and stops
// at the first node whose children's heights differ by more than one: O(n).
// It keeps the path from the root to the current node on a stack of its own
// rather than recursing, so a path of 100000 nodes is no trouble.
func IsBalanced(root *TreeNode) bool {
	type frame struct {
		n        *TreeNode
		left     int  // the height of n's left subtree, once leftDone
		leftDone bool // the left subtree is finished; the right is under way
	}
	var path []frame
	h := 0 // the height of the subtree finished last
	descend := func(n *TreeNode) {
		for ; n != nil; n = n.Left {
			path = append(path, frame{n: n})
		}
		h = 0 // the empty left subtree of the last node pushed
	}
	descend(root)
	for len(path) > 0 {
		top := &path[len(path)-1]
		if !top.leftDone {
			top.left, top.leftDone = h, true
			descend(top.n.Right)
			continue
		}
		l, r := top.left, h
		if l-r > 1 || r-l > 1 {
			return false
		}
		h = 1 + max(l, r)
		path = path[:len(path)-1]
	}
	return true
}

// Ladder is the sizes of the scaling ladder, up to the largest tree allowed.
var Ladder = []int{1562, 3125, 6250, 12500, 25000, 50000, 100000}

// Random is the sizes of the random hidden cases.
var Random = []int{1, 2, 3, 5, 7, 12, 20, 33, 100, 600}

// deepFrom is the size from which Generate builds only deep trees: the
// whole ladder, so every size is the same kind of tree.
const deepFrom = 1500

// Generate returns a tree of n nodes with values in [-10^4, 10^4]. Below
// deepFrom nodes it is usually a random height-balanced tree, half the time
// with a short path of two nodes hung below one of its leaves, which may or
// may not unbalance it, far from the root; sometimes a chain or a random
// tree. From deepFrom nodes on it is a caterpillar, a spine of about three
// quarters of the nodes turning left or right at random, so that measuring
// every node's subtrees from scratch costs n^2.
func Generate(r *rand.Rand, n int) []any {
	vals := kit.Ints(r, n, -10_000, 10_000)
	if n >= deepFrom {
		return []any{kit.Caterpillar(r, vals)}
	}
	switch r.Intn(8) {
	case 0:
		return []any{kit.Caterpillar(r, vals)}
	case 1:
		return []any{kit.Tree(r, vals, kit.Random)}
	case 2, 3, 4:
		return []any{balanced(r, vals)}
	default:
		if n < 3 {
			return []any{balanced(r, vals)}
		}
		root := balanced(r, vals[:n-2])
		leaf := root
		for leaf.Left != nil || leaf.Right != nil {
			if leaf.Left == nil || leaf.Right != nil && r.Intn(2) == 0 {
				leaf = leaf.Right
			} else {
				leaf = leaf.Left
			}
		}
		a, b := &TreeNode{Val: vals[n-2]}, &TreeNode{Val: vals[n-1]}
		if r.Intn(2) == 0 {
			leaf.Left, a.Right = a, b
		} else {
			leaf.Right, a.Left = a, b
		}
		return []any{root}
	}
}

// fewest[h] and most[h] are the fewest and most nodes of a height-balanced
// tree of height h.
var fewest, most = func() (f, m []int) {
	f, m = []int{0, 1}, []int{0, 1}
	for h := 2; f[h-1] <= 1<<20; h++ {
		f = append(f, 1+f[h-1]+f[h-2])
		m = append(m, 1+2*m[h-1])
	}
	return f, m
}()

// balanced returns a random height-balanced tree holding vals: it picks a
// height the node count allows, then at each node heights for the two
// subtrees (equal, or one less on a random side) and a split of the nodes
// that both heights allow.
func balanced(r *rand.Rand, vals []int) *TreeNode {
	n := len(vals)
	if n == 0 {
		return nil
	}
	var heights []int
	for h := 1; h < len(fewest) && fewest[h] <= n; h++ {
		if n <= most[h] {
			heights = append(heights, h)
		}
	}
	next := 0
	var build func(n, h int) *TreeNode
	build = func(n, h int) *TreeNode {
		if n == 0 {
			return nil
		}
		node := &TreeNode{Val: vals[next]}
		next++
		type split struct{ hl, hr, lo, hi int }
		var splits []split
		for _, p := range [][2]int{{h - 1, h - 1}, {h - 1, h - 2}, {h - 2, h - 1}} {
			hl, hr := p[0], p[1]
			if hl < 0 || hr < 0 {
				continue
			}
			lo := max(fewest[hl], n-1-most[hr])
			hi := min(most[hl], n-1-fewest[hr])
			if lo <= hi {
				splits = append(splits, split{hl, hr, lo, hi})
			}
		}
		s := splits[r.Intn(len(splits))]
		nl := s.lo + r.Intn(s.hi-s.lo+1)
		node.Left = build(nl, s.hl)
		node.Right = build(n-1-nl, s.hr)
		return node
	}
	return build(n, heights[r.Intn(len(heights))])
}
