package solution

// SearchRange runs two binary searches on closed ranges: one that keeps
// going left after a match, for the first position, and one that keeps
// going right, for the last.
func SearchRange(nums []int, target int) []int {
	return []int{find(nums, target, true), find(nums, target, false)}
}

func find(nums []int, target int, leftmost bool) int {
	lo, hi, found := 0, len(nums)-1, -1
	for lo <= hi {
		mid := lo + (hi-lo)/2
		switch {
		case nums[mid] < target:
			lo = mid + 1
		case nums[mid] > target:
			hi = mid - 1
		default:
			found = mid
			if leftmost {
				hi = mid - 1
			} else {
				lo = mid + 1
			}
		}
	}
	return found
}
