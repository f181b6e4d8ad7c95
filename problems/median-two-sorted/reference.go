// Package mediantwosorted is the reference for median-two-sorted: a binary
// search for the cut that splits both arrays into a lower and an upper
// half.
package mediantwosorted

import (
	"math"
	"math/rand"

	"github.com/grindjudge/grind/problems/kit"
)

// MedianOfTwoSorted cuts the shorter array a after i values and the longer
// b after j = half-i, so that the left side holds half the values (the
// extra one for an odd total). The cut is right when a's and b's left
// neighbours are at most their right neighbours across; otherwise the
// comparison says whether i must grow or shrink. O(log min(m, n)).
func MedianOfTwoSorted(a, b []int) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	m, n := len(a), len(b)
	half := (m + n + 1) / 2
	lo, hi := 0, m
	for {
		i := lo + (hi-lo)/2
		j := half - i
		aLeft, aRight := at(a, i-1), at(a, i)
		bLeft, bRight := at(b, j-1), at(b, j)
		switch {
		case aLeft > bRight:
			hi = i - 1
		case bLeft > aRight:
			lo = i + 1
		default:
			left := max(aLeft, bLeft)
			if (m+n)%2 == 1 {
				return float64(left)
			}
			return (float64(left) + float64(min(aRight, bRight))) / 2
		}
	}
}

// at returns s[i], with minus infinity before the start and plus infinity
// past the end.
func at(s []int, i int) int {
	switch {
	case i < 0:
		return math.MinInt
	case i >= len(s):
		return math.MaxInt
	}
	return s[i]
}

// Ladder is the total lengths of the scaling ladder, up to the largest the
// statement allows (a million values in each array).
var Ladder = []int{31250, 62500, 125000, 250000, 500000, 1000000, 2000000}

// Random is the total lengths of the random hidden cases.
var Random = []int{1, 1, 2, 2, 3, 4, 5, 8, 13, 30, 1000, 100000}

// Generate returns two sorted arrays of n values in all, drawn from the same
// range so that they interleave. Below 30 values they are small and the
// split is anything, one array perhaps empty; from 30 on they span the
// int32 range and each array holds between a quarter and three quarters
// of the values (and at most a million), so merging up to the middle walks
// n/2 of them.
func Generate(r *rand.Rand, n int) []any {
	lo, hi := math.MinInt32, math.MaxInt32
	m := r.Intn(n + 1)
	if n < 30 {
		lo, hi = -20, 20
	} else {
		m = n/4 + r.Intn(n/2+1)
		m = min(max(m, n-1_000_000), 1_000_000)
	}
	return []any{kit.SortedInts(r, m, lo, hi), kit.SortedInts(r, n-m, lo, hi)}
}
