package solution

import "sort"

// CombinationSum passes append(path, c) down and stores the finished path
// as it is. Once a path has spare capacity, sibling branches write into the
// same backing array, and combinations already stored change under it.
// Few, short combinations come out right; many long ones do not.
func CombinationSum(candidates []int, target int) [][]int {
	c := append([]int(nil), candidates...)
	sort.Ints(c)
	var out [][]int
	var search func(start, remain int, path []int)
	search = func(start, remain int, path []int) {
		if remain == 0 {
			out = append(out, path)
			return
		}
		for i := start; i < len(c) && c[i] <= remain; i++ {
			search(i, remain-c[i], append(path, c[i]))
		}
	}
	search(0, target, nil)
	return out
}
