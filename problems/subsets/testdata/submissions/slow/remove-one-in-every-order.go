package solution

import (
	"fmt"
	"sort"
)

// Subsets says: the subsets of a set are the set itself and the subsets of
// what is left after removing any one of its elements. It follows every
// element to remove, so it reaches each subset once per order of removing
// the others - about e * n! calls - and removes the duplicates at the end:
// correct, but factorial.
func Subsets(nums []int) [][]int {
	var all [][]int
	var from func(set []int)
	from = func(set []int) {
		all = append(all, set)
		for i := range set {
			rest := make([]int, 0, len(set)-1)
			rest = append(rest, set[:i]...)
			rest = append(rest, set[i+1:]...)
			from(rest)
		}
	}
	from(append([]int{}, nums...))

	seen := map[string]bool{}
	var out [][]int
	for _, s := range all {
		sorted := append([]int{}, s...)
		sort.Ints(sorted)
		key := fmt.Sprint(sorted)
		if !seen[key] {
			seen[key] = true
			out = append(out, s)
		}
	}
	return out
}
