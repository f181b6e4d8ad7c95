package solution

type ListNode struct {
	Val  int
	Next *ListNode
}

// ReverseList reverses the rest, then hangs the head at its end. It recurses
// once per node, which Go's growable stacks take in their stride.
func ReverseList(head *ListNode) *ListNode {
	if head == nil || head.Next == nil {
		return head
	}
	rest := ReverseList(head.Next)
	head.Next.Next = head
	head.Next = nil
	return rest
}
