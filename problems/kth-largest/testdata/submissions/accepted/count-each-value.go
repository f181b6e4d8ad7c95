package solution

// FindKthLargest counts how often each value of [-10^4, 10^4] occurs, then
// walks the counts from the top until k values are passed: O(n + range).
func FindKthLargest(nums []int, k int) int {
	const offset = 10000
	var count [2*offset + 1]int
	for _, v := range nums {
		count[v+offset]++
	}
	for i := len(count) - 1; i >= 0; i-- {
		k -= count[i]
		if k <= 0 {
			return i - offset
		}
	}
	panic("k is larger than len(nums)")
}
