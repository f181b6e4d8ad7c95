package solution

import "slices"

// MergeSorted starts from a copy of a and inserts each value of b at its
// place, found by a scan from where the last one went: correct, but every
// insertion shifts the rest of the array, O(n*m).
func MergeSorted(a, b []int) []int {
	out := slices.Clone(a)
	k := 0
	for _, v := range b {
		for k < len(out) && out[k] <= v {
			k++
		}
		out = slices.Insert(out, k, v)
		k++
	}
	return out
}
