// Package mergesorted is the reference for merge-sorted: merge two ascending
// arrays with two pointers.
package mergesorted

import (
	"math/rand"
	"slices"

	"github.com/grindjudge/grind/problems/kit"
)

// MergeSorted takes the smaller head of a and b until one runs out, then
// appends what is left of the other: O(n+m).
func MergeSorted(a, b []int) []int {
	out := make([]int, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if a[i] <= b[j] {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

// maxLen is the largest length of either array the statement allows.
const maxLen = 100000

// Ladder is the total lengths len(a)+len(b) of the scaling ladder, up to
// both arrays at their largest.
var Ladder = []int{3125, 6250, 12500, 25000, 50000, 100000, 200000}

// Random is the total lengths of the random hidden cases.
var Random = []int{0, 1, 2, 3, 4, 6, 9, 20, 100, 1000}

// Generate returns two ascending arrays of n values in all. Small cases
// split n anywhere (one side may be empty) and draw from a narrow range, so
// values repeat within and across the arrays; larger ones split n about
// evenly over the whole range, so the two arrays interleave throughout and
// inserting one into the other costs n^2/8 moves.
func Generate(r *rand.Rand, n int) []any {
	var k int
	lo, hi := -1_000_000_000, 1_000_000_000
	if n <= 100 {
		k = r.Intn(n + 1)
		lo, hi = -2*n-5, 2*n+5
	} else {
		k = n/2 + r.Intn(n/4+1) - n/8
		k = max(min(k, maxLen), n-maxLen)
	}
	a := kit.Ints(r, k, lo, hi)
	b := kit.Ints(r, n-k, lo, hi)
	slices.Sort(a)
	slices.Sort(b)
	return []any{a, b}
}
