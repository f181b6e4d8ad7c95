// Package maxsubarraysum is the reference for max-subarray-sum: the largest
// sum of a non-empty contiguous stretch, by Kadane's scan.
package maxsubarraysum

import "math/rand"

// MaxSubarraySum keeps the best sum of a stretch ending at the current
// position (extend the previous one or start afresh) and the best sum seen
// anywhere: one pass, O(n).
func MaxSubarraySum(nums []int) int {
	best, here := nums[0], nums[0]
	for _, v := range nums[1:] {
		here = max(here+v, v)
		best = max(best, here)
	}
	return best
}

// Ladder is the sizes of the scaling ladder: 64x from bottom to top, the top
// at the largest n the statement allows.
var Ladder = []int{3125, 6250, 12500, 25000, 50000, 100000, 200000}

// Random is the sizes of the random hidden cases.
var Random = []int{1, 2, 3, 4, 5, 6, 8, 12, 30, 1000}

const limit = 10_000

// Generate returns n values in [-10^4, 10^4]. One case in five is all
// negative; the others are noise with a hidden stretch leaning positive, at
// a random place (often at the start or the end), so the best stretch is
// long and its ends are not where a naive guess puts them.
func Generate(r *rand.Rand, n int) []any {
	nums := make([]int, n)
	if r.Intn(5) == 0 {
		for i := range nums {
			nums[i] = -1 - r.Intn(limit)
		}
		return []any{nums}
	}
	for i := range nums {
		nums[i] = r.Intn(2*limit+1) - limit
	}
	// The stretch [a, b) leans positive.
	a, b := r.Intn(n), r.Intn(n)+1
	if a > b {
		a, b = b, a
	}
	switch r.Intn(3) {
	case 0:
		a = 0
	case 1:
		b = n
	}
	for i := a; i < b; i++ {
		nums[i] = r.Intn(limit+limit/2+1) - limit/2
	}
	// A few values at the extremes.
	for k := 0; k < 1+n/50; k++ {
		nums[r.Intn(n)] = []int{-limit, limit}[r.Intn(2)]
	}
	return []any{nums}
}
