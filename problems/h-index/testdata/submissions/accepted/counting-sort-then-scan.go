package solution

// HIndex counting-sorts the citations, clamped to n, into ascending order,
// then finds the first position i whose paper has at least n-i citations:
// the n-i papers from there on all do. O(n).
func HIndex(citations []int) int {
	n := len(citations)
	count := make([]int, n+1)
	for _, c := range citations {
		if c > n {
			c = n
		}
		count[c]++
	}
	sorted := make([]int, 0, n)
	for v, k := range count {
		for ; k > 0; k-- {
			sorted = append(sorted, v)
		}
	}
	for i, c := range sorted {
		if c >= n-i {
			return n - i
		}
	}
	return 0
}
