package kit

import (
	"math/rand"
	"sort"
)

// Ints returns n values drawn uniformly from [lo, hi].
func Ints(r *rand.Rand, n, lo, hi int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = lo + r.Intn(hi-lo+1)
	}
	return s
}

// SortedInts returns n values from [lo, hi] in ascending order, duplicates
// allowed.
func SortedInts(r *rand.Rand, n, lo, hi int) []int {
	s := Ints(r, n, lo, hi)
	sort.Ints(s)
	return s
}

// DistinctInts returns n different values from [lo, hi] in random order. It
// needs hi-lo+1 >= n.
func DistinctInts(r *rand.Rand, n, lo, hi int) []int {
	span := hi - lo + 1
	if span < n {
		panic("kit.DistinctInts: range smaller than n")
	}
	if span <= 4*n {
		perm := r.Perm(span)[:n]
		for i := range perm {
			perm[i] += lo
		}
		return perm
	}
	seen := make(map[int]bool, n)
	s := make([]int, 0, n)
	for len(s) < n {
		v := lo + r.Intn(span)
		if !seen[v] {
			seen[v] = true
			s = append(s, v)
		}
	}
	return s
}

// String returns n bytes drawn uniformly from alphabet.
func String(r *rand.Rand, n int, alphabet string) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[r.Intn(len(alphabet))]
	}
	return string(b)
}

// Lowercase is the alphabet of lowercase ASCII letters.
const Lowercase = "abcdefghijklmnopqrstuvwxyz"

// Shape is the shape of a generated tree.
type Shape int

// Tree shapes.
const (
	Random     Shape = iota // each node attached under a random free place
	Complete                // every level full but perhaps the last, filled from the left
	LeftChain               // every node the left child of the one before
	RightChain              // every node the right child of the one before
	Zigzag                  // a chain alternating left and right children
)

// Tree returns a tree of len(vals) nodes holding vals in level order of the
// given shape.
func Tree(r *rand.Rand, vals []int, shape Shape) *TreeNode {
	if len(vals) == 0 {
		return nil
	}
	nodes := make([]TreeNode, len(vals))
	for i := range nodes {
		nodes[i].Val = vals[i]
	}
	switch shape {
	case Complete:
		for i := range nodes {
			if l := 2*i + 1; l < len(nodes) {
				nodes[i].Left = &nodes[l]
			}
			if rt := 2*i + 2; rt < len(nodes) {
				nodes[i].Right = &nodes[rt]
			}
		}
	case LeftChain, RightChain, Zigzag:
		for i := 1; i < len(nodes); i++ {
			left := shape == LeftChain || shape == Zigzag && i%2 == 1
			if left {
				nodes[i-1].Left = &nodes[i]
			} else {
				nodes[i-1].Right = &nodes[i]
			}
		}
	default:
		// Free places are child slots still empty; picking one at random
		// gives trees of every shape, with depth around a few log n.
		type slot struct {
			parent int
			left   bool
		}
		free := []slot{{0, true}, {0, false}}
		for i := 1; i < len(nodes); i++ {
			k := r.Intn(len(free))
			s := free[k]
			free[k] = free[len(free)-1]
			free = free[:len(free)-1]
			if s.left {
				nodes[s.parent].Left = &nodes[i]
			} else {
				nodes[s.parent].Right = &nodes[i]
			}
			free = append(free, slot{i, true}, slot{i, false})
		}
	}
	return &nodes[0]
}

// BST returns a binary search tree holding the distinct values vals, built by
// inserting them in the order given: random order gives a tree of depth about
// 2 ln n, sorted order a chain.
func BST(vals []int) *TreeNode {
	if len(vals) == 0 {
		return nil
	}
	nodes := make([]TreeNode, len(vals))
	root := &nodes[0]
	root.Val = vals[0]
	for i := 1; i < len(vals); i++ {
		nodes[i].Val = vals[i]
		p := root
		for {
			if vals[i] < p.Val {
				if p.Left == nil {
					p.Left = &nodes[i]
					break
				}
				p = p.Left
			} else {
				if p.Right == nil {
					p.Right = &nodes[i]
					break
				}
				p = p.Right
			}
		}
	}
	return root
}

// BalancedBST returns a height-balanced binary search tree of the ascending
// values sorted.
func BalancedBST(sorted []int) *TreeNode {
	if len(sorted) == 0 {
		return nil
	}
	mid := len(sorted) / 2
	return &TreeNode{Val: sorted[mid], Left: BalancedBST(sorted[:mid]), Right: BalancedBST(sorted[mid+1:])}
}

// List returns a linked list of vals.
func List(vals []int) *ListNode {
	if len(vals) == 0 {
		return nil
	}
	nodes := make([]ListNode, len(vals))
	for i, v := range vals {
		nodes[i].Val = v
		if i+1 < len(nodes) {
			nodes[i].Next = &nodes[i+1]
		}
	}
	return &nodes[0]
}

// ListValues returns the values of a list in order.
func ListValues(head *ListNode) []int {
	var vals []int
	for ; head != nil; head = head.Next {
		vals = append(vals, head.Val)
	}
	return vals
}

// TreeValues returns the values of a tree in level order, the order Tree
// takes them in.
func TreeValues(root *TreeNode) []int {
	if root == nil {
		return nil
	}
	var vals []int
	queue := []*TreeNode{root}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		vals = append(vals, n.Val)
		if n.Left != nil {
			queue = append(queue, n.Left)
		}
		if n.Right != nil {
			queue = append(queue, n.Right)
		}
	}
	return vals
}

// TreeHeight returns the number of levels of a tree, 0 for an empty one. It
// walks level by level, so a chain of a million nodes is no problem.
func TreeHeight(root *TreeNode) int {
	height := 0
	for level := []*TreeNode{root}; root != nil && len(level) > 0; height++ {
		var next []*TreeNode
		for _, n := range level {
			if n.Left != nil {
				next = append(next, n.Left)
			}
			if n.Right != nil {
				next = append(next, n.Right)
			}
		}
		level = next
	}
	return height
}

// Caterpillar returns a tree holding vals: a spine that turns left or right
// at random, with a leaf hanging off about a third of its nodes, so the tree
// is about three quarters of n deep. Deep, irregular trees like this make
// solutions that redo work per level, or per node, pay n^2.
func Caterpillar(r *rand.Rand, vals []int) *TreeNode {
	n := len(vals)
	if n == 0 {
		return nil
	}
	nodes := make([]TreeNode, n)
	for i := range nodes {
		nodes[i].Val = vals[i]
	}
	spine := &nodes[0]
	for i := 1; i < n; i++ {
		goLeft := r.Intn(2) == 0
		if i+1 < n && r.Intn(3) == 0 {
			leaf := &nodes[i]
			i++
			if goLeft {
				spine.Right, spine.Left = leaf, &nodes[i]
			} else {
				spine.Left, spine.Right = leaf, &nodes[i]
			}
			spine = &nodes[i]
			continue
		}
		if goLeft {
			spine.Left = &nodes[i]
		} else {
			spine.Right = &nodes[i]
		}
		spine = &nodes[i]
	}
	return &nodes[0]
}
