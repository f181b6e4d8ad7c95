package solution

import (
	"fmt"
	"sort"
)

// CombinationSum tries any candidate at every step, so it builds every
// ordering of every combination - [2, 3] and [3, 2] both - and keeps one
// of each by sorting it and remembering its key: correct, but the number of
// orderings grows exponentially with the target while the answer does not.
func CombinationSum(candidates []int, target int) [][]int {
	seen := map[string]bool{}
	var out [][]int
	var path []int
	var search func(remain int)
	search = func(remain int) {
		if remain == 0 {
			comb := append([]int(nil), path...)
			sort.Ints(comb)
			key := fmt.Sprint(comb)
			if !seen[key] {
				seen[key] = true
				out = append(out, comb)
			}
			return
		}
		for _, c := range candidates {
			if c <= remain {
				path = append(path, c)
				search(remain - c)
				path = path[:len(path)-1]
			}
		}
	}
	search(target)
	return out
}
