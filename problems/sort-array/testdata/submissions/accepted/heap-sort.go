package solution

// SortArray heap-sorts in place: build a max-heap, then move the maximum to
// the end and restore the heap on what is left. O(n log n), O(1) extra.
func SortArray(nums []int) []int {
	n := len(nums)
	for i := n/2 - 1; i >= 0; i-- {
		siftDown(nums, i, n)
	}
	for end := n - 1; end > 0; end-- {
		nums[0], nums[end] = nums[end], nums[0]
		siftDown(nums, 0, end)
	}
	return nums
}

func siftDown(h []int, i, end int) {
	for {
		c := 2*i + 1
		if c >= end {
			return
		}
		if c+1 < end && h[c+1] > h[c] {
			c++
		}
		if h[c] <= h[i] {
			return
		}
		h[i], h[c] = h[c], h[i]
		i = c
	}
}
