package solution

// LongestConsecutive counts upward from every value, not only from the
// starts of runs: correct, but a run of length L is walked L times over,
// O(n^2) when one run holds most of the values.
func LongestConsecutive(nums []int) int {
	set := map[int]bool{}
	for _, v := range nums {
		set[v] = true
	}
	best := 0
	for _, v := range nums {
		n := 1
		for set[v+n] {
			n++
		}
		best = max(best, n)
	}
	return best
}
