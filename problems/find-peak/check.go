package findpeak

import "fmt"

// Check accepts any index that holds a peak. It uses the standard library
// only: grind init copies it into the samples test.
func Check(nums []int, want, got int) error {
	if got < 0 || got >= len(nums) {
		return fmt.Errorf("index %d is outside the array (length %d)", got, len(nums))
	}
	if got > 0 && nums[got-1] > nums[got] {
		return fmt.Errorf("nums[%d] = %d is not a peak: its left neighbour nums[%d] = %d is larger", got, nums[got], got-1, nums[got-1])
	}
	if got+1 < len(nums) && nums[got+1] > nums[got] {
		return fmt.Errorf("nums[%d] = %d is not a peak: its right neighbour nums[%d] = %d is larger", got, nums[got], got+1, nums[got+1])
	}
	return nil
}
