package solution

// MedianOfTwoSorted merges the two arrays, without storing them, until it
// reaches the middle: correct, but O(m+n).
func MedianOfTwoSorted(a, b []int) float64 {
	total := len(a) + len(b)
	i, j := 0, 0
	prev, cur := 0, 0
	for step := 0; step <= total/2; step++ {
		prev = cur
		if j >= len(b) || i < len(a) && a[i] <= b[j] {
			cur = a[i]
			i++
		} else {
			cur = b[j]
			j++
		}
	}
	if total%2 == 1 {
		return float64(cur)
	}
	return (float64(prev) + float64(cur)) / 2
}
