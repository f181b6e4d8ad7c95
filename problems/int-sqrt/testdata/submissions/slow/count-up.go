package solution

// IntSqrt tries r = 1, 2, 3, ... while r*r <= x (tested as r <= x/r, so it
// never overflows): correct, but O(sqrt x) - 10^9 steps for x = 10^18.
func IntSqrt(x int) int {
	r := 0
	for r+1 <= x/(r+1) {
		r++
	}
	return r
}
