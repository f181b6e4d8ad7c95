package solution

import "slices"

// HIndex sorts the citations and walks from the most cited down: h grows
// while the (h+1)-th most cited paper has at least h+1 citations.
// O(n log n): not the O(n) of counting, but not a class apart either.
func HIndex(citations []int) int {
	slices.Sort(citations)
	n, h := len(citations), 0
	for h < n && citations[n-1-h] >= h+1 {
		h++
	}
	return h
}
