package solution

import "sort"

// MergeIntervals keeps a list of disjoint merged intervals and, for each
// new interval, scans the whole list, absorbing every one it overlaps. The
// list is sorted at the end. Correct, but O(n*k) for k merged intervals,
// O(n^2) when few intervals overlap.
func MergeIntervals(intervals [][]int) [][]int {
	var merged [][]int
	for _, iv := range intervals {
		lo, hi := iv[0], iv[1]
		kept := merged[:0]
		for _, m := range merged {
			if m[0] <= hi && lo <= m[1] {
				lo, hi = min(lo, m[0]), max(hi, m[1])
			} else {
				kept = append(kept, m)
			}
		}
		merged = append(kept, []int{lo, hi})
	}
	sort.Slice(merged, func(i, j int) bool { return merged[i][0] < merged[j][0] })
	return merged
}
