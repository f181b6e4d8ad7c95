package solution

// SortList takes the nodes one by one and inserts each into a growing
// sorted list, walking it from the front to find the place: correct,
// O(n^2) on random input.
func SortList(head *ListNode) *ListNode {
	var dummy ListNode
	for head != nil {
		next := head.Next
		p := &dummy
		for p.Next != nil && p.Next.Val <= head.Val {
			p = p.Next
		}
		head.Next, p.Next = p.Next, head
		head = next
	}
	return dummy.Next
}
