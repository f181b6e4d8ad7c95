package solution

// MaxSubarraySum extends a running sum from every start: correct, O(n^2).
func MaxSubarraySum(nums []int) int {
	best := nums[0]
	for i := range nums {
		sum := 0
		for j := i; j < len(nums); j++ {
			sum += nums[j]
			if sum > best {
				best = sum
			}
		}
	}
	return best
}
