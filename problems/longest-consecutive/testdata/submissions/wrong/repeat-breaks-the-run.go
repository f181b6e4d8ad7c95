package solution

import "sort"

// LongestConsecutive sorts the values and extends the run while each value is
// one more than the last, but a repeated value also ends the run: 1, 2, 2, 3
// counts as two runs.
func LongestConsecutive(nums []int) int {
	if len(nums) == 0 {
		return 0
	}
	s := append([]int(nil), nums...)
	sort.Ints(s)
	best, run := 1, 1
	for i := 1; i < len(s); i++ {
		if s[i] == s[i-1]+1 {
			run++
		} else {
			run = 1
		}
		best = max(best, run)
	}
	return best
}
