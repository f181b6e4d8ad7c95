package solution

// ClimbStairs is the recursion ways(n) = ways(n-1) + ways(n-2) without
// memory: correct, but it recomputes the same steps again and again and
// makes about 1.6^n calls.
func ClimbStairs(n int) int {
	if n <= 2 {
		return n
	}
	return ClimbStairs(n-1) + ClimbStairs(n-2)
}
