package solution

// MergeSorted fills each slot of the answer in turn, taking from a while b
// is used up or a's next value is no larger.
func MergeSorted(a, b []int) []int {
	out := make([]int, len(a)+len(b))
	i, j := 0, 0
	for k := range out {
		if j == len(b) || i < len(a) && a[i] <= b[j] {
			out[k] = a[i]
			i++
		} else {
			out[k] = b[j]
			j++
		}
	}
	return out
}
