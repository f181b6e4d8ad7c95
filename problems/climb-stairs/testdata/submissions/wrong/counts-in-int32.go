package solution

// ClimbStairs keeps its counts in int32, as a port from a language whose int
// is 32 bits would: the count wraps around once it passes 2^31 - 1, at n = 46.
func ClimbStairs(n int) int {
	var a, b int32 = 1, 1
	for i := 2; i <= n; i++ {
		a, b = b, a+b
	}
	return int(b)
}
