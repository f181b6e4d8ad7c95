// Package mergetwolists is the reference for merge-two-lists: splice two
// sorted lists into one.
package mergetwolists

import (
	"math/rand"

	"github.com/grindjudge/grind/problems/kit"
)

// ListNode is kit's list node.
type ListNode = kit.ListNode

// MergeTwoLists hangs the smaller of the two heads on the tail of the
// answer until one list runs out, then the whole rest of the other: O(n+m)
// time, O(1) extra space, no new nodes but a dummy head.
func MergeTwoLists(a, b *ListNode) *ListNode {
	var dummy ListNode
	tail := &dummy
	for a != nil && b != nil {
		if b.Val < a.Val {
			tail.Next, b = b, b.Next
		} else {
			tail.Next, a = a, a.Next
		}
		tail = tail.Next
	}
	if a != nil {
		tail.Next = a
	} else {
		tail.Next = b
	}
	return dummy.Next
}

// Ladder is the total numbers of nodes of the scaling ladder, up to two
// lists of 50000, the longest allowed.
var Ladder = []int{1562, 3125, 6250, 12500, 25000, 50000, 100000}

// Random is the total numbers of nodes of the random hidden cases.
var Random = []int{0, 1, 2, 3, 5, 8, 13, 40, 500, 5000}

// Generate returns two sorted lists of n nodes in all, values in
// [-10^5, 10^5]. Below 20 nodes the split is anywhere, an empty list
// included; above, each list holds about half, so the merge alternates all
// the way and inserting one list's nodes into the other from its head
// costs n^2/8 steps. Values are drawn from the same range for both, so
// equal values across the lists come up at every size.
func Generate(r *rand.Rand, n int) []any {
	n = min(n, 100000)
	k := r.Intn(n + 1)
	if n >= 20 {
		k = n/2 - n/20 + r.Intn(n/10+1)
	}
	k = min(max(k, n-50000), 50000)
	return []any{
		kit.List(kit.SortedInts(r, k, -100000, 100000)),
		kit.List(kit.SortedInts(r, n-k, -100000, 100000)),
	}
}
