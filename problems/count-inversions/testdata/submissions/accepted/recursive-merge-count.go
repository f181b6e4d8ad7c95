package solution

// CountInversions sorts each half recursively, counting inside them, then
// merges the halves through a buffer: each value taken from the right half
// jumps over every value still waiting in the left half, all of them
// strictly greater. O(n log n), with one buffer shared by every level.
func CountInversions(nums []int) int {
	a := append([]int(nil), nums...)
	return sortCount(a, make([]int, len(a)))
}

func sortCount(a, buf []int) int {
	if len(a) < 2 {
		return 0
	}
	mid := len(a) / 2
	count := sortCount(a[:mid], buf) + sortCount(a[mid:], buf)
	i, j, k := 0, mid, 0
	for i < mid && j < len(a) {
		if a[i] <= a[j] {
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
