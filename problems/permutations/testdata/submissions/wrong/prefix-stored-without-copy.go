package solution

// Permutations passes append(prefix, v) down and stores the full prefix
// without copying it. append reuses a prefix's spare capacity, so siblings
// share backing arrays and later writes change permutations already stored.
// Capacities happen to line up up to 6 elements; from 7 on, some stored
// permutations are overwritten.
func Permutations(nums []int) [][]int {
	var out [][]int
	used := make([]bool, len(nums))
	var grow func(prefix []int)
	grow = func(prefix []int) {
		if len(prefix) == len(nums) {
			out = append(out, prefix)
			return
		}
		for i, v := range nums {
			if !used[i] {
				used[i] = true
				grow(append(prefix, v))
				used[i] = false
			}
		}
	}
	grow(nil)
	return out
}
