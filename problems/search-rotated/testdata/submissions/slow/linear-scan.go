package solution

// SearchRotated compares every element with the target: correct, O(n).
func SearchRotated(nums []int, target int) int {
	for i, v := range nums {
		if v == target {
			return i
		}
	}
	return -1
}
