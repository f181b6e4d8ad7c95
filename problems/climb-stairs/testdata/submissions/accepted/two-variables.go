package solution

// ClimbStairs builds the counts upward from the bottom, keeping only the
// last two: O(n) time, O(1) space.
func ClimbStairs(n int) int {
	prev, cur := 1, 1 // the ways to reach steps 0 and 1
	for i := 2; i <= n; i++ {
		prev, cur = cur, prev+cur
	}
	return cur
}
