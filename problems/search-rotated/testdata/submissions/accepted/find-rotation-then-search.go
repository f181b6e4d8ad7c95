package solution

// SearchRotated first finds the rotation point - the index of the smallest
// value - by comparing with the last element, then binary-searches the
// array as if it were unrotated, mapping each index through the rotation.
func SearchRotated(nums []int, target int) int {
	n := len(nums)
	lo, hi := 0, n-1
	for lo < hi {
		mid := lo + (hi-lo)/2
		if nums[mid] > nums[n-1] {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	shift := lo
	lo, hi = 0, n-1
	for lo <= hi {
		mid := lo + (hi-lo)/2
		v := nums[(mid+shift)%n]
		switch {
		case v == target:
			return (mid + shift) % n
		case v < target:
			lo = mid + 1
		default:
			hi = mid - 1
		}
	}
	return -1
}
