package solution

// FindPeak binary-searches the slope but starts at index 1, forgetting that
// the first element is a peak when it beats its only neighbour.
func FindPeak(nums []int) int {
	if len(nums) == 1 {
		return 0
	}
	lo, hi := 1, len(nums)-1
	for lo < hi {
		mid := lo + (hi-lo)/2
		if nums[mid] < nums[mid+1] {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}
