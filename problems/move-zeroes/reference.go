// Package movezeroes is the reference for move-zeroes: compact the non-zero
// values forward, then zero the tail.
package movezeroes

import "math/rand"

// MoveZeroes writes every non-zero value at the next write position, in
// order, then fills the rest with zeroes: one pass and a tail, O(n).
func MoveZeroes(nums []int) {
	w := 0
	for _, v := range nums {
		if v != 0 {
			nums[w] = v
			w++
		}
	}
	clear(nums[w:])
}

// Ladder is the sizes of the scaling ladder, up to the largest array allowed.
var Ladder = []int{1562, 3125, 6250, 12500, 25000, 50000, 100000}

// Random is the sizes of the random hidden cases.
var Random = []int{1, 2, 2, 3, 4, 5, 8, 20, 100, 1000}

// Generate returns n values about half of them zero, in runs, so solutions
// that shift the array once per zero do n^2/4 work.
func Generate(r *rand.Rand, n int) []any {
	nums := make([]int, n)
	zeroRun := false
	for i := range nums {
		if r.Intn(4) == 0 {
			zeroRun = !zeroRun
		}
		if !zeroRun {
			nums[i] = r.Intn(1<<32) - 1<<31
			for nums[i] == 0 {
				nums[i] = r.Intn(1<<32) - 1<<31
			}
		}
	}
	return []any{nums}
}
