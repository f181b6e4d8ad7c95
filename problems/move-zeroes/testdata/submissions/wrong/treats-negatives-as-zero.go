package solution

// MoveZeroes keeps only the values above zero, as if "non-zero" meant
// "positive": negative values are overwritten.
func MoveZeroes(nums []int) {
	w := 0
	for _, v := range nums {
		if v > 0 {
			nums[w] = v
			w++
		}
	}
	for ; w < len(nums); w++ {
		nums[w] = 0
	}
}
