package solution

// FindKthLargest finds the largest remaining value and removes it, k
// times: correct, but O(n*k) - about n^2/4 when k is near n/2.
func FindKthLargest(nums []int, k int) int {
	rest := append([]int(nil), nums...)
	for {
		best := 0
		for i, v := range rest {
			if v > rest[best] {
				best = i
			}
		}
		if k == 1 {
			return rest[best]
		}
		rest[best] = rest[len(rest)-1]
		rest = rest[:len(rest)-1]
		k--
	}
}
