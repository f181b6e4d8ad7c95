package solution

// SearchRange takes first = the first index not below the target and
// last = the first index above it, minus one. It returns [-1, -1] only when
// first is past the end: a target missing from the middle (or below every
// element) gives [first, first-1] instead.
func SearchRange(nums []int, target int) []int {
	first := lowerBound(nums, target)
	if first == len(nums) {
		return []int{-1, -1}
	}
	return []int{first, lowerBound(nums, target+1) - 1}
}

func lowerBound(nums []int, v int) int {
	lo, hi := 0, len(nums)
	for lo < hi {
		mid := lo + (hi-lo)/2
		if nums[mid] < v {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}
