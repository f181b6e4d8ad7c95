// Package subsets is the reference for subsets: every subset of distinct
// values, by choosing each element in or out.
package subsets

import (
	"math/rand"
	"slices"

	"github.com/grindjudge/grind/problems/kit"
)

// Subsets decides, position by position, to leave nums[i] out or take it,
// and records a copy of the path at the end of each line of choices: 2^n
// subsets, O(n) to copy each, O(n * 2^n) in all.
func Subsets(nums []int) [][]int {
	out := make([][]int, 0, 1<<len(nums))
	path := make([]int, 0, len(nums))
	var choose func(i int)
	choose = func(i int) {
		if i == len(nums) {
			out = append(out, slices.Clone(path))
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

// Ladder is the lengths of the scaling ladder: n is at most 10, so the
// ladder is the six largest, consecutive, spanning 2x. Even at 10 the
// answer is only 1024 subsets and the reference takes well under a
// millisecond; what the ladder is for is making a search that reaches the
// same subset again and again, along every order of removing elements,
// pay: it makes about e * n! calls, which 10 does not survive.
var Ladder = []int{5, 6, 7, 8, 9, 10}

// Random is the lengths of the random hidden cases.
var Random = []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 10}

// Generate returns n distinct values in [-100, 100], in random order.
func Generate(r *rand.Rand, n int) []any {
	return []any{kit.DistinctInts(r, n, -100, 100)}
}
