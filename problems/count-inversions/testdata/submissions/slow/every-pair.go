package solution

// CountInversions checks every pair: correct, O(n^2).
func CountInversions(nums []int) int {
	count := 0
	for i := range nums {
		for j := i + 1; j < len(nums); j++ {
			if nums[i] > nums[j] {
				count++
			}
		}
	}
	return count
}
