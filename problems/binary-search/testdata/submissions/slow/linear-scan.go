package solution

// BinarySearch compares every element with the target, stopping once the
// values pass it: correct, but O(n).
func BinarySearch(nums []int, target int) int {
	for i, v := range nums {
		if v == target {
			return i
		}
		if v > target {
			return -1
		}
	}
	return -1
}
