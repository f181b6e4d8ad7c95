// Package mergeintervals is the reference for merge-intervals: sort by
// start, then sweep, extending the last merged interval while the next one
// starts inside or at its end.
package mergeintervals

import (
	"cmp"
	"math/rand"
	"slices"
)

// MergeIntervals sorts a copy of the list by start and sweeps it once: an
// interval that starts at or before the current end extends it (to the
// larger end, as it may lie inside), any other starts a new one.
// O(n log n).
func MergeIntervals(intervals [][]int) [][]int {
	sorted := slices.Clone(intervals)
	slices.SortFunc(sorted, func(a, b []int) int { return cmp.Compare(a[0], b[0]) })
	var out [][]int
	for _, iv := range sorted {
		if last := len(out) - 1; last >= 0 && iv[0] <= out[last][1] {
			out[last][1] = max(out[last][1], iv[1])
		} else {
			out = append(out, []int{iv[0], iv[1]})
		}
	}
	return out
}

// Ladder is the sizes of the scaling ladder, up to the longest list
// allowed.
var Ladder = []int{1562, 3125, 6250, 12500, 25000, 50000, 100000}

// Random is the sizes of the random hidden cases.
var Random = []int{1, 2, 3, 4, 5, 7, 10, 20, 100, 1000}

// Generate returns n intervals in random order. Their lengths average half
// the mean gap between starts, so the answer keeps well over half as many
// intervals as the input - a solution that compares each interval with
// every merged one so far pays n^2 - and about one in eight starts exactly
// where another ends, so touching intervals must merge. Small cases use
// small coordinates, where overlaps, nesting and touching are common.
func Generate(r *rand.Rand, n int) []any {
	const limit = 1_000_000_000
	span := limit
	if n <= 100 {
		span = 4*n + 4
	}
	gap := max(1, span/max(n, 1))
	intervals := make([][]int, n)
	for i := range intervals {
		length := r.Intn(gap + 1)
		if n <= 100 && r.Intn(4) == 0 {
			length = 0
		}
		start := r.Intn(span - length + 1)
		if i > 0 && r.Intn(8) == 0 {
			start = intervals[r.Intn(i)][1]
			length = min(length, limit-start)
		}
		intervals[i] = []int{start, start + length}
	}
	return []any{intervals}
}
