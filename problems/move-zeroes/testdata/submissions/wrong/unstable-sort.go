package solution

import "sort"

// MoveZeroes sorts zeroes after everything else with sort.Slice, which is
// not stable: on small arrays it happens to keep the order, on larger ones
// it does not.
func MoveZeroes(nums []int) {
	sort.Slice(nums, func(i, j int) bool { return nums[i] != 0 && nums[j] == 0 })
}
