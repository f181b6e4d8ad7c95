package solution

// ClimbStairs recurses once per step, carrying the last two counts down as
// arguments instead of returning them up: O(n), no memo needed.
func ClimbStairs(n int) int { return walk(n, 1, 1) }

// walk returns the count for step n, given a and b, the counts for the two
// steps below the current one.
func walk(n, a, b int) int {
	if n <= 1 {
		return b
	}
	return walk(n-1, b, a+b)
}
