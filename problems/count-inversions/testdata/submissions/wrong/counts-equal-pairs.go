package solution

// CountInversions merge-sorts, but on a tie takes the right value first and
// counts the waiting left values as inversions - equal values are counted
// as out of order.
func CountInversions(nums []int) int {
	buf := make([]int, len(nums))
	return sortCount(nums, buf)
}

func sortCount(a, buf []int) int {
	if len(a) < 2 {
		return 0
	}
	mid := len(a) / 2
	count := sortCount(a[:mid], buf) + sortCount(a[mid:], buf)
	i, j, k := 0, mid, 0
	for i < mid && j < len(a) {
		if a[i] < a[j] {
			buf[k] = a[i]
			i++
		} else {
			buf[k] = a[j]
			j++
			count += mid - i
		}
		k++
	}
	k += copy(buf[k:], a[i:mid])
	copy(buf[k:], a[j:])
	copy(a, buf[:len(a)])
	return count
}
