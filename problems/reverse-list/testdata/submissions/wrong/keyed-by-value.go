package solution

// ReverseList remembers each node's predecessor in a map keyed by the node's
// value instead of the node itself: fine while values are distinct, wrong
// as soon as two nodes hold the same value.
func ReverseList(head *ListNode) *ListNode {
	if head == nil {
		return nil
	}
	prevOf := map[int]*ListNode{}
	var tail *ListNode
	n := 0
	for p, prev := head, (*ListNode)(nil); p != nil; prev, p = p, p.Next {
		prevOf[p.Val] = prev
		tail = p
		n++
	}
	p := tail
	for i := 0; i < n && p != nil; i++ {
		next := prevOf[p.Val]
		p.Next = next
		p = next
	}
	return tail
}
