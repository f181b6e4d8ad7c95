package solution

// MergeSorted merges while both arrays have values, then appends what is
// left of a - and forgets that b may be the one with values left.
func MergeSorted(a, b []int) []int {
	var out []int
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if a[i] <= b[j] {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	return append(out, a[i:]...)
}
