package solution

// FindPeak halves the range recursively, toward the rising side.
func FindPeak(nums []int) int {
	return search(nums, 0, len(nums)-1)
}

func search(nums []int, lo, hi int) int {
	if lo == hi {
		return lo
	}
	mid := (lo + hi) / 2
	if nums[mid] > nums[mid+1] {
		return search(nums, lo, mid)
	}
	return search(nums, mid+1, hi)
}
