package solution

// CombinationSum builds each combination in the order the candidates are
// given - after candidates[i], only candidates[i:] - and skips a candidate
// larger than what remains instead of sorting and stopping there.
func CombinationSum(candidates []int, target int) [][]int {
	var out [][]int
	var path []int
	var search func(start, remain int)
	search = func(start, remain int) {
		if remain == 0 {
			out = append(out, append([]int(nil), path...))
			return
		}
		for i := start; i < len(candidates); i++ {
			if candidates[i] > remain {
				continue
			}
			path = append(path, candidates[i])
			search(i, remain-candidates[i])
			path = path[:len(path)-1]
		}
	}
	search(0, target)
	return out
}
