package solution

// IntSqrt runs Newton's method in integers: from r = x, replace r by the
// mean of r and x/r until r*r <= x (tested as r <= x/r, which cannot
// overflow). Each step at least halves r until it is near the root, then
// converges fast: O(log x).
func IntSqrt(x int) int {
	if x < 2 {
		return x
	}
	r := x
	for r > x/r {
		r = (r + x/r) / 2
	}
	return r
}
