// Package binarysearch is the reference for binary-search: the index of a
// value in a sorted array of distinct values.
package binarysearch

import (
	"math"
	"math/rand"
)

// BinarySearch keeps the candidates in the closed range [lo, hi] and halves
// it with each comparison: O(log n).
func BinarySearch(nums []int, target int) int {
	lo, hi := 0, len(nums)-1
	for lo <= hi {
		mid := lo + (hi-lo)/2
		switch {
		case nums[mid] == target:
			return mid
		case nums[mid] < target:
			lo = mid + 1
		default:
			hi = mid - 1
		}
	}
	return -1
}

// Ladder is the sizes of the scaling ladder, up to the largest array the
// statement allows.
var Ladder = []int{15625, 31250, 62500, 125000, 250000, 500000, 1000000}

// Random is the sizes of the random hidden cases.
var Random = []int{0, 1, 1, 2, 3, 5, 8, 13, 20, 100, 1000, 100000}

// Generate returns n distinct ascending values and a target. Small arrays
// hold small values, to read; larger ones spread over the whole int32 range
// with gaps, so a target can fall between two elements. From 20 elements
// on, the target sits where a scan from the left walks far: present in the
// last tenth of the array, absent between two elements of the last tenth,
// or absent above every element.
func Generate(r *rand.Rand, n int) []any {
	nums := sortedDistinct(r, n)
	if n == 0 {
		return []any{nums, r.Intn(201) - 100}
	}
	i := n - 1 - r.Intn(max(1, n/10))
	if n < 20 {
		i = r.Intn(n) // small arrays: anywhere, to read
	}
	var target int
	switch r.Intn(4) {
	case 0, 1: // present
		target = nums[i]
	case 2: // absent, just below nums[i]: below every element when i is 0
		target = nums[i] - 1
		if i > 0 && nums[i-1] == target {
			target = nums[i] // no gap there: present after all
		}
	default: // absent, above every element
		target = nums[n-1] + 1 + r.Intn(5)
	}
	return []any{nums, target}
}

// sortedDistinct returns n ascending distinct values: from [-99, 99] for
// n <= 20, otherwise from the whole int32 range with steps of 2 or more.
func sortedDistinct(r *rand.Rand, n int) []int {
	nums := make([]int, n)
	if n <= 20 {
		v := -99 + r.Intn(20)
		for i := range nums {
			nums[i] = v
			v += 1 + r.Intn(8)
		}
		return nums
	}
	step := (math.MaxInt32 - math.MinInt32 - 100) / n // at least 4000 for n <= 1e6
	v := math.MinInt32 + r.Intn(50)
	for i := range nums {
		nums[i] = v
		v += 2 + r.Intn(step-1)
	}
	return nums
}
