package solution

// MergeTwoLists inserts each node of b into a, looking for its place from
// a's head every time: correct, but each insertion walks the list, O(n*m).
func MergeTwoLists(a, b *ListNode) *ListNode {
	for b != nil {
		node := b
		b = b.Next
		if a == nil || node.Val < a.Val {
			node.Next = a
			a = node
			continue
		}
		p := a
		for p.Next != nil && p.Next.Val <= node.Val {
			p = p.Next
		}
		node.Next = p.Next
		p.Next = node
	}
	return a
}
