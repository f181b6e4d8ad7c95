// Package sortlist is the reference for sort-list: a bottom-up merge sort
// that relinks the nodes, with no recursion and O(1) extra space.
package sortlist

import (
	"math/rand"

	"github.com/grindjudge/grind/problems/kit"
)

// ListNode is kit's list node.
type ListNode = kit.ListNode

// SortList merges runs of width 1, 2, 4, ... in passes over the list: each
// pass cuts off two runs, merges them and hangs the result after the part
// already done. O(n log n) time, O(1) extra space.
func SortList(head *ListNode) *ListNode {
	n := 0
	for p := head; p != nil; p = p.Next {
		n++
	}
	dummy := &ListNode{Next: head}
	for width := 1; width < n; width *= 2 {
		tail, rest := dummy, dummy.Next
		for rest != nil {
			a := rest
			b := cut(a, width)
			rest = cut(b, width)
			tail = merge(tail, a, b)
		}
	}
	return dummy.Next
}

// cut detaches the first k nodes of head and returns what follows them.
func cut(head *ListNode, k int) *ListNode {
	for ; head != nil && k > 1; k-- {
		head = head.Next
	}
	if head == nil {
		return nil
	}
	rest := head.Next
	head.Next = nil
	return rest
}

// merge hangs the ascending lists a and b, merged, after tail and returns
// the last node.
func merge(tail, a, b *ListNode) *ListNode {
	for a != nil && b != nil {
		if a.Val <= b.Val {
			tail.Next, a = a, a.Next
		} else {
			tail.Next, b = b, b.Next
		}
		tail = tail.Next
	}
	if a == nil {
		a = b
	}
	tail.Next = a
	for tail.Next != nil {
		tail = tail.Next
	}
	return tail
}

// Ladder is the lengths of the scaling ladder, up to the longest list
// allowed.
var Ladder = []int{1562, 3125, 6250, 12500, 25000, 50000, 100000}

// Random is the lengths of the random hidden cases.
var Random = []int{0, 1, 2, 3, 4, 5, 7, 12, 100, 1000}

// Generate returns a list of n values in random order. Small cases draw
// from a narrow range, so values repeat; larger ones from the whole range,
// with about one value in eight a copy of an earlier one. In random order,
// inserting each node into a sorted list walks about a quarter of it.
func Generate(r *rand.Rand, n int) []any {
	if n <= 100 {
		return []any{kit.List(kit.Ints(r, n, -2*n-2, 2*n+2))}
	}
	vals := kit.Ints(r, n, -100000, 100000)
	for i := 1; i < n; i++ {
		if r.Intn(8) == 0 {
			vals[i] = vals[r.Intn(i)]
		}
	}
	return []any{kit.List(vals)}
}
