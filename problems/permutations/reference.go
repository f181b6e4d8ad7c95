// Package permutations is the reference for permutations: every ordering of
// distinct values, by backtracking.
package permutations

import (
	"math/rand"
	"slices"

	"github.com/grindjudge/grind/problems/kit"
)

// Permutations fills the positions one at a time with each element not
// used yet, and stores a copy of the path when it is full: n! permutations,
// O(n) to copy each, O(n * n!) in all.
func Permutations(nums []int) [][]int {
	var out [][]int
	used := make([]bool, len(nums))
	path := make([]int, 0, len(nums))
	var fill func()
	fill = func() {
		if len(path) == len(nums) {
			out = append(out, slices.Clone(path))
			return
		}
		for i, v := range nums {
			if used[i] {
				continue
			}
			used[i] = true
			path = append(path, v)
			fill()
			path = path[:len(path)-1]
			used[i] = false
		}
	}
	fill()
	return out
}

// Ladder is the lengths of the scaling ladder: n is at most 8, so the
// ladder is the six largest, consecutive, and spans less than 3x. At 8
// there are 40320 permutations and the reference takes a few
// milliseconds; a solution that finds each permutation by looking through
// the ones found so far does 40320^2 comparisons and cannot finish.
var Ladder = []int{3, 4, 5, 6, 7, 8}

// Random is the lengths of the random hidden cases. The hand-written cases
// stop at 5 (120 permutations); 7 and 8 come twice.
var Random = []int{1, 2, 3, 4, 5, 6, 7, 7, 8, 8}

// Generate returns n distinct values in [-100, 100], in random order, so
// the input is almost never sorted.
func Generate(r *rand.Rand, n int) []any {
	return []any{kit.DistinctInts(r, n, -100, 100)}
}
