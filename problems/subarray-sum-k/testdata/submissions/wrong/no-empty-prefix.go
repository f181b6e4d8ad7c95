package solution

// SubarraySum counts prefix sums in a map but forgets the empty prefix (sum 0
// before the first value), so subarrays that start at index 0 are never
// counted.
func SubarraySum(nums []int, k int) int {
	seen := map[int]int{}
	count, sum := 0, 0
	for _, v := range nums {
		sum += v
		count += seen[sum-k]
		seen[sum]++
	}
	return count
}
