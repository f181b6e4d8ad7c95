package solution

type ListNode struct {
	Val  int
	Next *ListNode
}

// MergeTwoLists takes the smaller head and hangs the merge of the rest
// behind it: one call per node, O(n+m).
func MergeTwoLists(a, b *ListNode) *ListNode {
	if a == nil {
		return b
	}
	if b == nil {
		return a
	}
	if b.Val < a.Val {
		b.Next = MergeTwoLists(a, b.Next)
		return b
	}
	a.Next = MergeTwoLists(a.Next, b)
	return a
}
