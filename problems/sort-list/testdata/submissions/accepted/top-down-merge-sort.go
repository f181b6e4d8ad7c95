package solution

type ListNode struct {
	Val  int
	Next *ListNode
}

// SortList cuts the list at its middle (slow and fast pointers), sorts each
// half recursively and merges them: O(n log n), recursion depth O(log n).
func SortList(head *ListNode) *ListNode {
	if head == nil || head.Next == nil {
		return head
	}
	slow, fast := head, head.Next
	for fast != nil && fast.Next != nil {
		slow, fast = slow.Next, fast.Next.Next
	}
	right := slow.Next
	slow.Next = nil
	return merge(SortList(head), SortList(right))
}

func merge(a, b *ListNode) *ListNode {
	var dummy ListNode
	tail := &dummy
	for a != nil && b != nil {
		if a.Val <= b.Val {
			tail.Next, a = a, a.Next
		} else {
			tail.Next, b = b, b.Next
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
