// Package sortarray is the reference for sort-array: a merge sort, written
// without packages sort and slices, as the problem asks of solutions.
package sortarray

import (
	"math/rand"

	"github.com/grindjudge/grind/problems/kit"
)

// SortArray sorts bottom up: runs of width 1, 2, 4, ... are merged in pairs
// from one buffer into the other until one run covers the array. The last
// run of a pass may be short or have no partner; it is merged or copied as
// it is. O(n log n) time, O(n) extra space.
func SortArray(nums []int) []int {
	n := len(nums)
	src := make([]int, n)
	copy(src, nums)
	dst := make([]int, n)
	for width := 1; width < n; width *= 2 {
		for lo := 0; lo < n; lo += 2 * width {
			mid, hi := min(lo+width, n), min(lo+2*width, n)
			merge(dst[lo:hi], src[lo:mid], src[mid:hi])
		}
		src, dst = dst, src
	}
	return src
}

// merge writes the ascending a and b, merged, into out.
func merge(out, a, b []int) {
	i, j, k := 0, 0, 0
	for i < len(a) && j < len(b) {
		if a[i] <= b[j] {
			out[k] = a[i]
			i++
		} else {
			out[k] = b[j]
			j++
		}
		k++
	}
	k += copy(out[k:], a[i:])
	copy(out[k:], b[j:])
}

// Ladder is the sizes of the scaling ladder, up to the largest array
// allowed.
var Ladder = []int{1562, 3125, 6250, 12500, 25000, 50000, 100000}

// Random is the sizes of the random hidden cases.
var Random = []int{1, 2, 3, 5, 6, 7, 11, 20, 100, 1000}

// Generate returns n values in random order. Small cases draw from a narrow
// range, so values repeat; larger ones from the whole range, with about one
// value in eight a copy of an earlier one.
func Generate(r *rand.Rand, n int) []any {
	if n <= 100 {
		return []any{kit.Ints(r, n, -3*n-3, 3*n+3)}
	}
	nums := kit.Ints(r, n, -1_000_000_000, 1_000_000_000)
	for i := 1; i < n; i++ {
		if r.Intn(8) == 0 {
			nums[i] = nums[r.Intn(i)]
		}
	}
	return []any{nums}
}
