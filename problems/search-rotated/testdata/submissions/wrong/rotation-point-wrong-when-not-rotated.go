package solution

// SearchRotated finds the rotation point as the first value below nums[0].
// When the array is not rotated there is none and the search ends on the
// last index, so the "left part" [0, pivot-1] misses the last element.
func SearchRotated(nums []int, target int) int {
	n := len(nums)
	lo, hi := 0, n-1
	for lo < hi {
		mid := lo + (hi-lo)/2
		if nums[mid] >= nums[0] {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	pivot := lo
	if target >= nums[0] {
		return search(nums, 0, pivot-1, target)
	}
	return search(nums, pivot, n-1, target)
}

func search(nums []int, lo, hi, target int) int {
	for lo <= hi {
		mid := lo + (hi-lo)/2
		switch {
		case nums[mid] == target:
			return mid
		case nums[mid] < target:
			lo = mid + 1
		default:
			hi = mid - 1
		}
	}
	return -1
}
