package solution

// SubarraySum builds the prefix sums first, then counts, for each end, the
// earlier prefix sums that are exactly k below it, with a map of counts.
// Two passes, O(n).
func SubarraySum(nums []int, k int) int {
	prefix := make([]int, len(nums)+1)
	for i, v := range nums {
		prefix[i+1] = prefix[i] + v
	}
	earlier := map[int]int{}
	count := 0
	for _, p := range prefix {
		count += earlier[p-k]
		earlier[p]++
	}
	return count
}
