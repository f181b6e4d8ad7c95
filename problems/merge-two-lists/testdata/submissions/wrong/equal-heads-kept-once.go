package solution

// MergeTwoLists treats two equal heads as one value, as a merge of sets
// would: it keeps one node and drops the other, so values that appear in
// both lists lose a copy.
func MergeTwoLists(a, b *ListNode) *ListNode {
	dummy := &ListNode{}
	tail := dummy
	for a != nil && b != nil {
		switch {
		case a.Val < b.Val:
			tail.Next = a
			a = a.Next
		case b.Val < a.Val:
			tail.Next = b
			b = b.Next
		default:
			tail.Next = a
			a, b = a.Next, b.Next
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
