package solution

// FindPeak walks right while the values rise: always right, but O(n).
func FindPeak(nums []int) int {
	i := 0
	for i+1 < len(nums) && nums[i+1] > nums[i] {
		i++
	}
	return i
}
