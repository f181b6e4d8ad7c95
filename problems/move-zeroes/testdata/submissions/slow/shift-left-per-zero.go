package solution

// MoveZeroes takes out each zero by shifting everything after it one place
// left: correct, O(n) per zero, O(n^2) in all.
func MoveZeroes(nums []int) {
	end := len(nums)
	for i := 0; i < end; {
		if nums[i] == 0 {
			copy(nums[i:], nums[i+1:end])
			nums[end-1] = 0
			end--
		} else {
			i++
		}
	}
}
