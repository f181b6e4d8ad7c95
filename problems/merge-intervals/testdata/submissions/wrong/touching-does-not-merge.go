package solution

import "sort"

// MergeIntervals sorts by start and merges, but tests overlap with a strict
// start < end: intervals that only touch, [1, 2] and [2, 3], stay apart.
func MergeIntervals(intervals [][]int) [][]int {
	sort.Slice(intervals, func(i, j int) bool { return intervals[i][0] < intervals[j][0] })
	var out [][]int
	for _, iv := range intervals {
		if n := len(out); n > 0 && iv[0] < out[n-1][1] {
			out[n-1][1] = max(out[n-1][1], iv[1])
		} else {
			out = append(out, []int{iv[0], iv[1]})
		}
	}
	return out
}
