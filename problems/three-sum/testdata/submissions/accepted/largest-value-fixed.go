package solution

import "sort"

// ThreeSum sorts, then fixes the largest value of the triple, walking from
// the right, and finds the two smaller ones with pointers closing in over
// the values left of it. O(n^2).
func ThreeSum(nums []int) [][]int {
	sort.Ints(nums)
	var out [][]int
	for k := len(nums) - 1; k >= 2; k-- {
		if nums[k] < 0 {
			break
		}
		if k+1 < len(nums) && nums[k] == nums[k+1] {
			continue
		}
		i, j := 0, k-1
		for i < j {
			sum := nums[i] + nums[j] + nums[k]
			if sum < 0 {
				i++
			} else if sum > 0 {
				j--
			} else {
				out = append(out, []int{nums[i], nums[j], nums[k]})
				i++
				for i < j && nums[i] == nums[i-1] {
					i++
				}
				j--
				for i < j && nums[j] == nums[j+1] {
					j--
				}
			}
		}
	}
	return out
}
