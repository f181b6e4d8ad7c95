package solution

// SortColors bubble-sorts, stopping after a pass without swaps: correct,
// O(n^2).
func SortColors(nums []int) {
	for end := len(nums); end > 1; end-- {
		swapped := false
		for i := 1; i < end; i++ {
			if nums[i-1] > nums[i] {
				nums[i-1], nums[i] = nums[i], nums[i-1]
				swapped = true
			}
		}
		if !swapped {
			return
		}
	}
}
