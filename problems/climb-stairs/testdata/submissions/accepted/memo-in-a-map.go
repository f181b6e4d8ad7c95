package solution

// ClimbStairs is the recursion ways(k) = ways(k-1) + ways(k-2), remembering
// each step's count in a map: O(n) calls.
func ClimbStairs(n int) int {
	memo := map[int]int{}
	var ways func(k int) int
	ways = func(k int) int {
		if k <= 2 {
			return k
		}
		if v, ok := memo[k]; ok {
			return v
		}
		v := ways(k-1) + ways(k-2)
		memo[k] = v
		return v
	}
	return ways(n)
}
