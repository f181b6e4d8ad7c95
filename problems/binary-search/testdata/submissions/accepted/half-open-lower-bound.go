package solution

// BinarySearch finds the first index whose value is not below the target,
// in the half-open range [lo, hi), then checks whether the target is there.
func BinarySearch(nums []int, target int) int {
	lo, hi := 0, len(nums)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if nums[mid] < target {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(nums) && nums[lo] == target {
		return lo
	}
	return -1
}
