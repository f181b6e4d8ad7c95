package solution

// MergeTwoLists merges while both lists have nodes, then hangs on what is
// left of a - forgetting that it may be b that has nodes left.
func MergeTwoLists(a, b *ListNode) *ListNode {
	dummy := &ListNode{}
	tail := dummy
	for a != nil && b != nil {
		if a.Val <= b.Val {
			tail.Next = a
			a = a.Next
		} else {
			tail.Next = b
			b = b.Next
		}
		tail = tail.Next
	}
	tail.Next = a
	return dummy.Next
}
