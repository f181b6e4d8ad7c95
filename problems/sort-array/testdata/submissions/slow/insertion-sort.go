package solution

// SortArray is insertion sort: each value slides left past the larger ones
// before it. Correct, O(n^2) on unsorted input.
func SortArray(nums []int) []int {
	for i := 1; i < len(nums); i++ {
		v := nums[i]
		j := i
		for j > 0 && nums[j-1] > v {
			nums[j] = nums[j-1]
			j--
		}
		nums[j] = v
	}
	return nums
}
