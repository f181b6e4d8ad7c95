package solution

import "sort"

// MergeIntervals sorts the starts and the ends separately. Walking both in
// step, a merged interval closes after the i-th end exactly when the next
// start lies beyond it. O(n log n), two plain int sorts.
func MergeIntervals(intervals [][]int) [][]int {
	n := len(intervals)
	starts := make([]int, n)
	ends := make([]int, n)
	for i, iv := range intervals {
		starts[i], ends[i] = iv[0], iv[1]
	}
	sort.Ints(starts)
	sort.Ints(ends)
	var out [][]int
	open := 0
	for i := 0; i < n; i++ {
		if i == n-1 || starts[i+1] > ends[i] {
			out = append(out, []int{starts[open], ends[i]})
			open = i + 1
		}
	}
	return out
}
