package solution

import "math"

// MedianOfTwoSorted finds the cut correctly but averages the two middle
// values in integers, (x+y)/2, before converting to float64: the .5 is
// lost whenever x+y is odd.
func MedianOfTwoSorted(a, b []int) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	m, n := len(a), len(b)
	half := (m + n + 1) / 2
	get := func(s []int, i int) int {
		if i < 0 {
			return math.MinInt
		}
		if i >= len(s) {
			return math.MaxInt
		}
		return s[i]
	}
	lo, hi := 0, m
	for {
		i := (lo + hi) / 2
		j := half - i
		if get(a, i-1) > get(b, j) {
			hi = i - 1
		} else if get(b, j-1) > get(a, i) {
			lo = i + 1
		} else {
			left := max(get(a, i-1), get(b, j-1))
			if (m+n)%2 == 1 {
				return float64(left)
			}
			right := min(get(a, i), get(b, j))
			return float64((left + right) / 2)
		}
	}
}
