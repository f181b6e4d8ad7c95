package solution

// SearchRange finds the first position correctly, then the first index
// above the target on the range [first, len-1] and returns one before it.
// When the run reaches the end of the array there is no index above the
// target in that range: the search stops on the last element and the
// answer is one short.
func SearchRange(nums []int, target int) []int {
	lo, hi := 0, len(nums)
	for lo < hi {
		mid := lo + (hi-lo)/2
		if nums[mid] < target {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo == len(nums) || nums[lo] != target {
		return []int{-1, -1}
	}
	first := lo
	hi = len(nums) - 1
	for lo < hi {
		mid := lo + (hi-lo)/2
		if nums[mid] <= target {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return []int{first, lo - 1}
}
