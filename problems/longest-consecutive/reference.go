// Package longestconsecutive is the reference for longest-consecutive: count
// each run of consecutive values from its start only.
package longestconsecutive

import (
	"math/rand"

	"github.com/grindjudge/grind/problems/kit"
)

// LongestConsecutive puts the values in a set, then counts upward from each
// value v that starts a run (v-1 is absent). Every value is counted in one
// run only, so the whole is O(n).
func LongestConsecutive(nums []int) int {
	set := make(map[int]struct{}, len(nums))
	for _, v := range nums {
		set[v] = struct{}{}
	}
	best := 0
	for v := range set {
		if _, ok := set[v-1]; ok {
			continue
		}
		n := 1
		for {
			if _, ok := set[v+n]; !ok {
				break
			}
			n++
		}
		best = max(best, n)
	}
	return best
}

// Limits of the statement.
const (
	MaxLen   = 100_000
	MaxValue = 1_000_000_000
)

// Ladder is the sizes of the scaling ladder: 64x from bottom to top, the top
// at the longest list the statement allows.
var Ladder = []int{1562, 3125, 6250, 12500, 25000, 50000, 100000}

// Random is the sizes of the random hidden cases.
var Random = []int{0, 1, 2, 3, 5, 8, 13, 30, 100, 1000}

// Generate returns n values. Half the small lists are drawn from a narrow
// range, dense with repeats and merging runs. The others are made of runs of
// consecutive values at random places in [-10^9, 10^9] - from 1000 values
// up the first run covers a third to two thirds of the list, so counting up
// from every value instead of from run starts costs O(n^2) - plus repeats
// (a twentieth to a tenth of a large list), all shuffled.
func Generate(r *rand.Rand, n int) []any {
	if n < 1000 && r.Intn(2) == 0 {
		span := 1 + r.Intn(2*n+1)
		lo := r.Intn(2*MaxValue-span+2) - MaxValue
		return []any{kit.Ints(r, n, lo, lo+span-1)}
	}
	repeats := r.Intn(n/4 + 1)
	if n >= 1000 {
		repeats = n/20 + r.Intn(n/20+1)
	}
	nums := make([]int, 0, n)
	for len(nums) < n-repeats {
		left := n - repeats - len(nums)
		length := 1 + r.Intn(min(left, 1+n/20))
		if len(nums) == 0 && n >= 1000 {
			length = left/3 + r.Intn(left/3+1)
		}
		start := r.Intn(2*MaxValue-length+2) - MaxValue
		for v := start; v < start+length; v++ {
			nums = append(nums, v)
		}
	}
	for len(nums) < n {
		nums = append(nums, nums[r.Intn(len(nums))])
	}
	r.Shuffle(len(nums), func(i, j int) { nums[i], nums[j] = nums[j], nums[i] })
	return []any{nums}
}
