// Package besttimetotrade is the reference for best-time-to-trade: the best
// profit of one buy followed by a later sell.
package besttimetotrade

import (
	"math/rand"
	"sort"
)

// MaxProfit keeps the lowest price seen so far and the best profit of
// selling today after buying at it: one pass, O(n). Not trading earns 0.
func MaxProfit(prices []int) int {
	best, low := 0, prices[0]
	for _, p := range prices[1:] {
		best = max(best, p-low)
		low = min(low, p)
	}
	return best
}

// Ladder is the sizes of the scaling ladder: 64x from bottom to top, the top
// at the largest n the statement allows.
var Ladder = []int{3125, 6250, 12500, 25000, 50000, 100000, 200000}

// Random is the sizes of the random hidden cases.
var Random = []int{1, 2, 3, 4, 5, 6, 8, 12, 30, 1000}

const top = 1_000_000_000

// Generate returns n prices in [0, 10^9]. One case in six only falls (the
// answer is 0); the others are a random walk that usually peaks early and
// bottoms out late, with the best trade between a later low and a later
// high, so the global minimum and maximum are the wrong pair.
func Generate(r *rand.Rand, n int) []any {
	prices := make([]int, n)
	switch r.Intn(6) {
	case 0:
		for i := range prices {
			prices[i] = r.Intn(top + 1)
		}
		sort.Sort(sort.Reverse(sort.IntSlice(prices)))
	case 1:
		for i := range prices {
			prices[i] = r.Intn(top + 1)
		}
	default:
		step := max(1, top/(2*max(1, isqrt(n))))
		v := r.Intn(top + 1)
		for i := range prices {
			v += r.Intn(2*step+1) - step
			v = min(max(v, 0), top)
			prices[i] = v
		}
		// A high spike early and a low dip late.
		if n >= 4 {
			prices[r.Intn(n/4+1)] = top - r.Intn(10)
			prices[n-1-r.Intn(n/4+1)] = r.Intn(10)
		}
	}
	return []any{prices}
}

func isqrt(n int) int {
	s := 0
	for (s+1)*(s+1) <= n {
		s++
	}
	return s
}
