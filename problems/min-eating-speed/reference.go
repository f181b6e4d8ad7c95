// Package mineatingspeed is the reference for min-eating-speed: binary
// search on the answer.
package mineatingspeed

import "math/rand"

// MinEatingSpeed binary-searches the speed in [1, largest pile]: the largest
// pile is always fast enough (one hour a pile, and hours >= len(piles)),
// and a speed that is fast enough stays so when raised. Each check costs
// O(n): O(n log max) in all.
func MinEatingSpeed(piles []int, hours int) int {
	lo, hi := 1, 1
	for _, p := range piles {
		hi = max(hi, p)
	}
	for lo < hi {
		mid := lo + (hi-lo)/2
		if hoursAt(piles, mid) <= hours {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

// hoursAt returns the hours all piles take at speed k: each takes its size
// over k, rounded up. The total stays below 10^14, far inside int.
func hoursAt(piles []int, k int) int {
	total := 0
	for _, p := range piles {
		total += (p + k - 1) / k
	}
	return total
}

// Ladder is the sizes (numbers of piles) of the scaling ladder, up to the
// largest the statement allows.
var Ladder = []int{1562, 3125, 6250, 12500, 25000, 50000, 100000}

// Random is the sizes of the random hidden cases.
var Random = []int{1, 1, 2, 3, 4, 5, 8, 12, 30, 1000, 100000}

// Generate returns n piles and the hours. Below 30 piles they are small,
// to read, and the hours anything from one a pile to enough for speed 1.
// From 30 on, the piles reach 10^9 and the hours are between n and 2n:
// every pile gets one or two hours, so the answer is a large fraction of
// the largest pile, tens of millions or more above an average-based first
// guess.
func Generate(r *rand.Rand, n int) []any {
	piles := make([]int, n)
	top := 1_000_000_000
	if n < 30 {
		top = 1 + r.Intn(40)
	}
	total := 0
	for i := range piles {
		piles[i] = 1 + r.Intn(top)
		total += piles[i]
	}
	hours := n + r.Intn(n+1)
	if n < 30 {
		hours = n + r.Intn(total-n+2) // up to total+1: speed 1 with room to spare
	}
	return []any{piles, hours}
}
