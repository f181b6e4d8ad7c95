// Package threesum is the reference for three-sum: every distinct triple of
// values adding up to zero, by sorting and two pointers.
package threesum

import (
	"math/rand"
	"sort"
)

// ThreeSum sorts a copy, fixes each distinct first value and finds the
// pairs completing it with two pointers closing in over the rest, skipping
// repeated values so each triple comes once. O(n^2).
func ThreeSum(nums []int) [][]int {
	a := append([]int(nil), nums...)
	sort.Ints(a)
	var out [][]int
	for i := 0; i+2 < len(a) && a[i] <= 0; i++ {
		if i > 0 && a[i] == a[i-1] {
			continue
		}
		lo, hi := i+1, len(a)-1
		for lo < hi {
			switch s := a[i] + a[lo] + a[hi]; {
			case s < 0:
				lo++
			case s > 0:
				hi--
			default:
				out = append(out, []int{a[i], a[lo], a[hi]})
				for lo++; lo < hi && a[lo] == a[lo-1]; lo++ {
				}
				for hi--; lo < hi && a[hi] == a[hi+1]; hi-- {
				}
			}
		}
	}
	return out
}

// Ladder is the sizes of the scaling ladder: 65x from bottom to top, the top
// at the largest n the statement allows.
var Ladder = []int{46, 93, 187, 375, 750, 1500, 3000}

// Random is the sizes of the random hidden cases.
var Random = []int{0, 3, 3, 4, 5, 6, 8, 10, 15, 40}

const limit = 100_000

// Generate returns n values in [-10^5, 10^5]. Up to 40 values come from a
// small range, so triples, repeated values and triples using a value twice
// are common; the range is sometimes scaled up to reach the extremes. Larger
// inputs are spread over the whole range with about a tenth of the values
// repeated.
func Generate(r *rand.Rand, n int) []any {
	nums := make([]int, n)
	if n <= 40 {
		span := []int{2, 4, 8}[r.Intn(3)]
		scale := 1
		if r.Intn(3) == 0 {
			scale = limit / span
		}
		for i := range nums {
			nums[i] = (r.Intn(2*span+1) - span) * scale
		}
		return []any{nums}
	}
	for i := range nums {
		if i > 0 && r.Intn(10) == 0 {
			nums[i] = nums[r.Intn(i)]
		} else {
			nums[i] = r.Intn(2*limit+1) - limit
		}
	}
	return []any{nums}
}
