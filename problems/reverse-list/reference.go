// Package reverselist is the reference for reverse-list: turn every Next
// pointer around in one walk.
package reverselist

import (
	"math/rand"

	"github.com/grindjudge/grind/problems/kit"
)

// ListNode is kit's list node.
type ListNode = kit.ListNode

// ReverseList walks the list once, pointing each node back at the one
// before it: O(n) time, O(1) extra space.
func ReverseList(head *ListNode) *ListNode {
	var prev *ListNode
	for cur := head; cur != nil; {
		next := cur.Next
		cur.Next = prev
		prev, cur = cur, next
	}
	return prev
}

// Ladder is the lengths of the scaling ladder, up to the longest list
// allowed.
var Ladder = []int{1562, 3125, 6250, 12500, 25000, 50000, 100000}

// Random is the lengths of the random hidden cases.
var Random = []int{0, 1, 2, 3, 4, 7, 10, 50, 500, 5000}

// Generate returns a list of n values in [-5000, 5000].
func Generate(r *rand.Rand, n int) []any {
	return []any{kit.List(kit.Ints(r, n, -5000, 5000))}
}
