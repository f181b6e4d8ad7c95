package solution

// MaxSubarraySum uses prefix sums: the best stretch ending at i is the sum
// up to i minus the smallest sum of a prefix before it (the empty prefix,
// 0, included). One pass, O(n).
func MaxSubarraySum(nums []int) int {
	best := nums[0]
	prefix, lowest := 0, 0
	for _, v := range nums {
		prefix += v
		if prefix-lowest > best {
			best = prefix - lowest
		}
		if prefix < lowest {
			lowest = prefix
		}
	}
	return best
}
