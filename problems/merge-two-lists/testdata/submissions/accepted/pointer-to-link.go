package solution

// MergeTwoLists keeps a pointer to the link to fill next instead of a dummy
// node: O(n+m), O(1) extra space.
func MergeTwoLists(a, b *ListNode) *ListNode {
	var head *ListNode
	link := &head
	for a != nil && b != nil {
		if a.Val <= b.Val {
			*link, a = a, a.Next
		} else {
			*link, b = b, b.Next
		}
		link = &(*link).Next
	}
	if a == nil {
		*link = b
	} else {
		*link = a
	}
	return head
}
