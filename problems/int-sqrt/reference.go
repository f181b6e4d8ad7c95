// Package intsqrt is the reference for int-sqrt: the square root of x,
// rounded down, by binary search on the answer.
package intsqrt

import "math/rand"

// maxRoot is the square root of the largest int64, rounded down: no
// candidate above it can be the answer, and no square of a candidate up to
// it overflows.
const maxRoot = 3037000499

// IntSqrt keeps lo <= answer <= hi, with lo*lo <= x, and halves the range:
// O(log x) steps, in integers only.
func IntSqrt(x int) int {
	lo, hi := 0, min(x, maxRoot)
	for lo < hi {
		mid := hi - (hi-lo)/2 // rounds up, so lo = mid always moves
		if mid*mid <= x {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

// Ladder is the values of x on the scaling ladder: a case's size is x
// itself, from 10^3 up to the largest the statement allows, 10^18, by
// factors of 10. A solution that counts up to the root takes sqrt(x) steps,
// 10^9 at the top.
var Ladder = []int{
	1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
	1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
}

// Random is the sizes (values of x) of the random hidden cases.
var Random = []int{1, 2, 5, 10, 50, 1000, 1e6, 1e9, 1e13, 1e16, 1e18}

// Generate returns an x of size about n, at most n: a perfect square, one
// less than a perfect square (where float64 square roots round up), n
// itself, or a value between n/2 and n.
func Generate(r *rand.Rand, n int) []any {
	if n <= 0 {
		return []any{0}
	}
	s := IntSqrt(n)
	var x int
	switch r.Intn(4) {
	case 0:
		x = s * s
	case 1:
		x = s*s - 1
	case 2:
		x = n
	default:
		x = n - r.Intn(n/2+1)
	}
	return []any{x}
}
