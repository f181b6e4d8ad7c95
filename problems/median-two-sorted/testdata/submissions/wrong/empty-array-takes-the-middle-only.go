package solution

import "math"

// MedianOfTwoSorted handles an empty array as a shortcut - the median is
// then the other array's middle element - but forgets that an even-length
// array has two middle elements to average.
func MedianOfTwoSorted(a, b []int) float64 {
	if len(a) == 0 {
		return float64(b[len(b)/2])
	}
	if len(b) == 0 {
		return float64(a[len(a)/2])
	}
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
			return (float64(left) + float64(min(get(a, i), get(b, j)))) / 2
		}
	}
}
