package solution

// FindKthLargest splits the values into those above and those below the
// pivot and counts the pivot itself once. Other copies of the pivot's value
// are dropped, so when the answer is one of them it looks further down.
func FindKthLargest(nums []int, k int) int {
	for {
		pivot := nums[len(nums)/2]
		var above, below []int
		for _, v := range nums {
			if v > pivot {
				above = append(above, v)
			} else if v < pivot {
				below = append(below, v)
			}
		}
		switch {
		case k <= len(above):
			nums = above
		case k == len(above)+1:
			return pivot
		default:
			k -= len(above) + 1
			nums = below
		}
	}
}
