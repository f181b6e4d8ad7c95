// Package lowestcommonancestor is the reference for lowest-common-ancestor:
// the deepest node with both p and q in its subtree.
package lowestcommonancestor

import (
	"math/rand"

	"github.com/grindjudge/grind/problems/kit"
)

// TreeNode is kit's tree node.
type TreeNode = kit.TreeNode

// LowestCommonAncestor lists the nodes breadth first, each with the index
// of its parent, until it has met both p and q; then it marks p's
// ancestors, p included, and climbs from q to the first marked one. O(n),
// no recursion.
func LowestCommonAncestor(root *TreeNode, p, q int) int {
	type entry struct {
		n      *TreeNode
		parent int
	}
	nodes := []entry{{root, -1}}
	ip, iq := -1, -1
	for i := 0; i < len(nodes) && (ip < 0 || iq < 0); i++ {
		n := nodes[i].n
		if n.Val == p {
			ip = i
		}
		if n.Val == q {
			iq = i
		}
		if n.Left != nil {
			nodes = append(nodes, entry{n.Left, i})
		}
		if n.Right != nil {
			nodes = append(nodes, entry{n.Right, i})
		}
	}
	ancestorOfP := make([]bool, len(nodes))
	for i := ip; i >= 0; i = nodes[i].parent {
		ancestorOfP[i] = true
	}
	i := iq
	for !ancestorOfP[i] {
		i = nodes[i].parent
	}
	return nodes[i].n.Val
}

// Ladder is the sizes of the scaling ladder, up to the largest tree allowed.
var Ladder = []int{1562, 3125, 6250, 12500, 25000, 50000, 100000}

// Random is the sizes of the random hidden cases.
var Random = []int{1, 2, 3, 4, 6, 9, 15, 40, 200, 1000}

// deepFrom is the size from which Generate builds only deep trees with a
// deep answer: the whole ladder, so every size is the same kind of case.
const deepFrom = 1500

// Generate returns a tree of n nodes with distinct values in [-10^9, 10^9],
// and two of its values. From deepFrom nodes on, the tree is a caterpillar
// - a spine of about three quarters of the nodes turning left or right at
// random, with leaves hanging off it - and p and q lie below a node in the
// deepest quarter of it, so their ancestor is deep: a solution that asks
// "is p in this subtree?" afresh at each step down pays n^2. Smaller trees
// take every shape, and half the time p and q are any two nodes (now and
// then the same one).
func Generate(r *rand.Rand, n int) []any {
	vals := kit.DistinctInts(r, n, -1_000_000_000, 1_000_000_000)
	var root *TreeNode
	if n >= deepFrom {
		root = kit.Caterpillar(r, vals)
	} else {
		switch k := r.Intn(6); k {
		case 0:
			root = kit.Caterpillar(r, vals)
		default:
			shapes := []kit.Shape{kit.Random, kit.Random, kit.Complete, kit.LeftChain, kit.Zigzag}
			root = kit.Tree(r, vals, shapes[k-1])
		}
	}
	if n < deepFrom && r.Intn(2) == 0 {
		return []any{root, vals[r.Intn(n)], vals[r.Intn(n)]}
	}
	// Some node at least three quarters of the way down, then p and q
	// anywhere in its subtree.
	level := []*TreeNode{root}
	var deep [][]*TreeNode
	for len(level) > 0 {
		deep = append(deep, level)
		var next []*TreeNode
		for _, nd := range level {
			if nd.Left != nil {
				next = append(next, nd.Left)
			}
			if nd.Right != nil {
				next = append(next, nd.Right)
			}
		}
		level = next
	}
	d := len(deep) * 3 / 4
	top := deep[d][r.Intn(len(deep[d]))]
	below := kit.TreeValues(top)
	return []any{root, below[r.Intn(len(below))], below[r.Intn(len(below))]}
}
