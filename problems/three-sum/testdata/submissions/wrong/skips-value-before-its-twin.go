package solution

import "sort"

// ThreeSum skips a repeated first value by looking ahead (nums[i] ==
// nums[i+1]) instead of back: it keeps the last copy rather than the first,
// so triples that need two copies of that value, like [-1, -1, 2] or
// [0, 0, 0], are never found.
func ThreeSum(nums []int) [][]int {
	sort.Ints(nums)
	var out [][]int
	for i := 0; i+2 < len(nums); i++ {
		if nums[i] == nums[i+1] {
			continue
		}
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
