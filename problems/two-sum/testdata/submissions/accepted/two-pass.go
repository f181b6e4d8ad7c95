package solution

// TwoSum indexes every value first, then looks up each complement.
func TwoSum(nums []int, target int) []int {
	last := make(map[int]int, len(nums))
	for i, v := range nums {
		last[v] = i
	}
	for i, v := range nums {
		if j, ok := last[target-v]; ok && j != i {
			return []int{min(i, j), max(i, j)}
		}
	}
	return nil
}
