package solution

// LongestConsecutive grows runs as values arrive: for each new value v, the
// run ending at v-1 and the run starting at v+1 join through v. Only the two
// ends of a run need to know its length, so each value costs O(1): O(n).
func LongestConsecutive(nums []int) int {
	length := map[int]int{} // for a run's two end values: the run's length
	best := 0
	for _, v := range nums {
		if _, seen := length[v]; seen {
			continue
		}
		left, right := length[v-1], length[v+1]
		n := left + 1 + right
		length[v] = n
		length[v-left] = n
		length[v+right] = n
		best = max(best, n)
	}
	return best
}
