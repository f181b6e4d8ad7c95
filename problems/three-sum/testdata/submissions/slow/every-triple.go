package solution

import "sort"

// ThreeSum tries every three positions and keeps each sorted triple once in
// a set: correct, O(n^3).
func ThreeSum(nums []int) [][]int {
	seen := map[[3]int]bool{}
	var out [][]int
	for i := range nums {
		for j := i + 1; j < len(nums); j++ {
			for k := j + 1; k < len(nums); k++ {
				if nums[i]+nums[j]+nums[k] != 0 {
					continue
				}
				t := []int{nums[i], nums[j], nums[k]}
				sort.Ints(t)
				if key := [3]int{t[0], t[1], t[2]}; !seen[key] {
					seen[key] = true
					out = append(out, t)
				}
			}
		}
	}
	return out
}
