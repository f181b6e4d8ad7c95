// Package searchrotated is the reference for search-rotated: binary search
// in a sorted array of distinct values that was rotated.
package searchrotated

import (
	"math"
	"math/rand"
)

// SearchRotated halves [lo, hi] at each step. Of [lo, mid] and [mid, hi],
// one is sorted; a range check on that one says whether the target can be
// in it, and the other half is dropped. O(log n).
func SearchRotated(nums []int, target int) int {
	lo, hi := 0, len(nums)-1
	for lo <= hi {
		mid := lo + (hi-lo)/2
		if nums[mid] == target {
			return mid
		}
		if nums[lo] <= nums[mid] { // [lo, mid] is sorted
			if nums[lo] <= target && target < nums[mid] {
				hi = mid - 1
			} else {
				lo = mid + 1
			}
		} else { // [mid, hi] is sorted
			if nums[mid] < target && target <= nums[hi] {
				lo = mid + 1
			} else {
				hi = mid - 1
			}
		}
	}
	return -1
}

// Ladder is the sizes of the scaling ladder, up to the largest array the
// statement allows.
var Ladder = []int{15625, 31250, 62500, 125000, 250000, 500000, 1000000}

// Random is the sizes of the random hidden cases.
var Random = []int{1, 2, 2, 3, 4, 5, 8, 13, 20, 100, 1000, 100000}

// Generate returns n distinct ascending values rotated by a random amount
// (none, a fifth of the time), and a target. Small arrays hold small values
// and the target is anywhere, or absent; from 20 elements on, the values
// spread over the int32 range with gaps and the target is at, or just
// below the value at, an index in the last tenth, so a scan from the left
// walks far.
func Generate(r *rand.Rand, n int) []any {
	sorted := sortedDistinct(r, n)
	k := 0
	if r.Intn(5) > 0 {
		k = r.Intn(n)
	}
	nums := append(append(make([]int, 0, n), sorted[k:]...), sorted[:k]...)
	i := n - 1 - r.Intn(max(1, n/10))
	if n < 20 {
		i = r.Intn(n)
	}
	target := nums[i]
	switch r.Intn(4) {
	case 0: // absent, just below nums[i]
		target--
	case 1: // absent, above or below every value
		if r.Intn(2) == 0 {
			target = sorted[n-1] + 1 + r.Intn(5)
		} else {
			target = sorted[0] - 1 - r.Intn(5)
		}
	}
	return []any{nums, target}
}

// sortedDistinct returns n ascending distinct values: from [-99, 99] for
// n < 20, otherwise from the whole int32 range with steps of 2 or more, so
// that v-1 is never in the array for v in it.
func sortedDistinct(r *rand.Rand, n int) []int {
	nums := make([]int, n)
	if n < 20 {
		v := -90 + r.Intn(20)
		for i := range nums {
			nums[i] = v
			v += 1 + r.Intn(8)
		}
		return nums
	}
	step := (math.MaxInt32 - math.MinInt32 - 100) / n // at least 4000 for n <= 1e6
	v := math.MinInt32 + 10 + r.Intn(40)
	for i := range nums {
		nums[i] = v
		v += 2 + r.Intn(step-1)
	}
	return nums
}
