package solution

// ReverseList repeatedly walks to the current tail and moves it to the new
// list: correct, O(n^2).
func ReverseList(head *ListNode) *ListNode {
	var out, last *ListNode
	for head != nil {
		var prev *ListNode
		tail := head
		for tail.Next != nil {
			prev, tail = tail, tail.Next
		}
		if prev == nil {
			head = nil
		} else {
			prev.Next = nil
		}
		if out == nil {
			out = tail
		} else {
			last.Next = tail
		}
		last = tail
	}
	return out
}
