package solution

// MoveZeroes swaps each non-zero value back to the write position.
func MoveZeroes(nums []int) {
	w := 0
	for i := range nums {
		if nums[i] != 0 {
			nums[w], nums[i] = nums[i], nums[w]
			w++
		}
	}
}
