// Package searchrange is the reference for search-range: the first and last
// positions of a value in a sorted array with duplicates.
package searchrange

import "math/rand"

// SearchRange finds two boundaries by binary search: the first index whose
// value is at least target, and the first whose value is above it. O(log n).
func SearchRange(nums []int, target int) []int {
	first := lowerBound(nums, target)
	if first == len(nums) || nums[first] != target {
		return []int{-1, -1}
	}
	return []int{first, lowerBound(nums, target+1) - 1}
}

// lowerBound returns the first index i with nums[i] >= v, or len(nums),
// keeping the answer in the half-open range [lo, hi].
func lowerBound(nums []int, v int) int {
	lo, hi := 0, len(nums)
	for lo < hi {
		mid := lo + (hi-lo)/2
		if nums[mid] < v {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// Ladder is the sizes of the scaling ladder, up to the largest array the
// statement allows.
var Ladder = []int{15625, 31250, 62500, 125000, 250000, 500000, 1000000}

// Random is the sizes of the random hidden cases.
var Random = []int{1, 2, 3, 4, 6, 8, 12, 20, 50, 1000, 100000}

// Generate returns n sorted values with runs of duplicates, and a target.
// Below 1000 elements the values are small and the target's run is
// anywhere, of any length, or missing (a third of the time), its place
// between two other values, below them all or above them all. From 1000
// elements on, the target is present and its run covers from somewhere in
// the first quarter to somewhere in the last quarter, a third of the time
// to the very end: finding one copy and walking to both ends of the run
// takes about n steps.
func Generate(r *rand.Rand, n int) []any {
	if n == 0 {
		return []any{[]int{}, r.Intn(21) - 10}
	}
	var s, e int // the target's run is nums[s:e]; s == e when it is absent
	var target, maxStep int
	if n < 1000 {
		target, maxStep = r.Intn(21)-10, 3
		s = r.Intn(n + 1)
		e = s + r.Intn(n-s+1)
		if r.Intn(3) == 0 {
			e = s
		}
	} else {
		target, maxStep = r.Intn(1<<31)-1<<30, (1<<30)/n-1
		s = n/8 + r.Intn(n/8)
		e = n - r.Intn(n/4)
		if r.Intn(3) == 0 {
			e = n
		}
	}
	nums := make([]int, n)
	step := func() int {
		if r.Intn(2) == 0 {
			return 0 // a duplicate
		}
		return 1 + r.Intn(maxStep)
	}
	v := target - 1 - r.Intn(maxStep)
	for i := s - 1; i >= 0; i-- {
		nums[i] = v
		v -= step()
	}
	for i := s; i < e; i++ {
		nums[i] = target
	}
	v = target + 1 + r.Intn(maxStep)
	for i := e; i < n; i++ {
		nums[i] = v
		v += step()
	}
	return []any{nums, target}
}
