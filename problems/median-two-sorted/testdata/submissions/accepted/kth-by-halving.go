package solution

// MedianOfTwoSorted finds the k-th smallest value of the two arrays by
// discarding about k/2 values at a time: compare the (k/2)-th values of
// both, and the smaller one's array cannot hold the k-th value at or before
// that point. O(log(m+n)).
func MedianOfTwoSorted(a, b []int) float64 {
	total := len(a) + len(b)
	if total%2 == 1 {
		return float64(kth(a, b, total/2+1))
	}
	return (float64(kth(a, b, total/2)) + float64(kth(a, b, total/2+1))) / 2
}

// kth returns the k-th smallest (from 1) of a and b together.
func kth(a, b []int, k int) int {
	for {
		if len(a) == 0 {
			return b[k-1]
		}
		if len(b) == 0 {
			return a[k-1]
		}
		if k == 1 {
			return min(a[0], b[0])
		}
		i := min(len(a), k/2)
		j := min(len(b), k/2)
		if a[i-1] <= b[j-1] {
			a, k = a[i:], k-i
		} else {
			b, k = b[j:], k-j
		}
	}
}
