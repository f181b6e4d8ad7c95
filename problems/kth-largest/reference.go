// Package kthlargest is the reference for kth-largest: quickselect with a
// three-way partition.
package kthlargest

import "math/rand"

// FindKthLargest is the element at index len(nums)-k of nums sorted
// ascending. Quickselect partitions nums[lo:hi] around a pseudo-random
// pivot into values below it, equal to it and above it, and continues in
// the part that holds that index only: O(n) on average, whatever the order
// of nums and however many duplicates it holds. It reorders nums.
func FindKthLargest(nums []int, k int) int {
	want := len(nums) - k
	lo, hi := 0, len(nums)
	seed := uint64(len(nums))*0x9e3779b97f4a7c15 + uint64(k)
	for {
		seed ^= seed << 13
		seed ^= seed >> 7
		seed ^= seed << 17
		pivot := nums[lo+int(seed%uint64(hi-lo))]
		// nums[lo:lt] < pivot, nums[lt:i] == pivot, nums[gt:hi] > pivot
		lt, i, gt := lo, lo, hi
		for i < gt {
			switch v := nums[i]; {
			case v < pivot:
				nums[lt], nums[i] = v, nums[lt]
				lt++
				i++
			case v > pivot:
				gt--
				nums[gt], nums[i] = v, nums[gt]
			default:
				i++
			}
		}
		switch {
		case want < lt:
			hi = lt
		case want >= gt:
			lo = gt
		default:
			return pivot
		}
	}
}

// Ladder is the sizes of the scaling ladder, up to the largest array the
// statement allows.
var Ladder = []int{1562, 3125, 6250, 12500, 25000, 50000, 100000}

// Random is the sizes of the random hidden cases.
var Random = []int{1, 2, 3, 4, 5, 7, 10, 15, 20, 1000, 100000}

// Generate returns n values in random order and a k. Below 20 values they
// come from [-20, 20], so they repeat, and k is anything from 1 to n. From
// 20 on they span the whole range [-10^4, 10^4] and k is in the middle
// third, so that solutions that pull out the largest value k times, or
// keep the k largest in a sorted list, do about n^2/4 work.
func Generate(r *rand.Rand, n int) []any {
	lo, hi := -10_000, 10_000
	if n < 20 {
		lo, hi = -20, 20
	}
	nums := make([]int, n)
	for i := range nums {
		nums[i] = lo + r.Intn(hi-lo+1)
	}
	k := 1 + r.Intn(n)
	if n >= 20 {
		k = n/3 + 1 + r.Intn(n/3)
	}
	return []any{nums, k}
}
