// Package hindex is the reference for h-index: count papers by citations,
// with every count above n in one bucket, and find h from the top.
package hindex

import "math/rand"

// HIndex counts the papers per citation count, clamping counts above n to
// n (h never exceeds the number of papers). Walking h down from n, papers
// accumulates how many papers have at least h citations; the first h it
// reaches is the answer. O(n) time and space.
func HIndex(citations []int) int {
	n := len(citations)
	count := make([]int, n+1)
	for _, c := range citations {
		count[min(c, n)]++
	}
	papers := 0
	for h := n; h > 0; h-- {
		papers += count[h]
		if papers >= h {
			return h
		}
	}
	return 0
}

// Ladder is the sizes of the scaling ladder, up to the largest list
// allowed.
var Ladder = []int{1562, 3125, 6250, 12500, 25000, 50000, 100000}

// Random is the sizes of the random hidden cases.
var Random = []int{1, 2, 2, 3, 4, 5, 7, 12, 100, 1000}

// Generate returns n citation counts, most uniform in [0, n] and about one
// in ten anywhere up to 10^9, which puts the h-index near n/2: trying every
// h with a fresh count, from either end, costs about n^2/2 steps.
func Generate(r *rand.Rand, n int) []any {
	citations := make([]int, n)
	for i := range citations {
		if r.Intn(10) == 0 {
			citations[i] = r.Intn(1_000_000_001)
		} else {
			citations[i] = r.Intn(n + 1)
		}
	}
	return []any{citations}
}
