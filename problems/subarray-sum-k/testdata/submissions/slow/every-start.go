package solution

// SubarraySum tries every start and extends a running sum to every end:
// correct, O(n^2).
func SubarraySum(nums []int, k int) int {
	count := 0
	for i := range nums {
		sum := 0
		for j := i; j < len(nums); j++ {
			sum += nums[j]
			if sum == k {
				count++
			}
		}
	}
	return count
}
