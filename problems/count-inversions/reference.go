// Package countinversions is the reference for count-inversions: merge
// sort, counting the pairs each merge puts back in order.
package countinversions

import (
	"math/rand"

	"github.com/grindjudge/grind/problems/kit"
)

// CountInversions merge-sorts a copy bottom up. When a merge takes a value
// from the right run, every value still waiting in the left run is strictly
// greater (equal ones were taken first) and sits before it: that many
// inversions. Every inversion is counted by exactly one merge. O(n log n).
// The count reaches n(n-1)/2, about 2*10^10: it needs 64 bits.
func CountInversions(nums []int) int {
	n := len(nums)
	src := append([]int(nil), nums...)
	dst := make([]int, n)
	count := 0
	for width := 1; width < n; width *= 2 {
		for lo := 0; lo < n; lo += 2 * width {
			mid, hi := min(lo+width, n), min(lo+2*width, n)
			i, j, k := lo, mid, lo
			for i < mid && j < hi {
				if src[i] <= src[j] {
					dst[k] = src[i]
					i++
				} else {
					dst[k] = src[j]
					j++
					count += mid - i
				}
				k++
			}
			k += copy(dst[k:], src[i:mid])
			copy(dst[k:], src[j:hi])
		}
		src, dst = dst, src
	}
	return count
}

// Ladder is the sizes of the scaling ladder, up to the longest array
// allowed. From 100000 up the count passes 2^31.
var Ladder = []int{3125, 6250, 12500, 25000, 50000, 100000, 200000}

// Random is the sizes of the random hidden cases.
var Random = []int{1, 2, 3, 4, 5, 6, 8, 12, 100, 1000}

// Generate returns n values. Small cases draw from a narrow range, so
// values repeat and equal pairs (which are not inversions) are common.
// Larger ones fall from 2*10^9/3 to -2*10^9/3 along the array with noise
// of 10^9/3 either way, and one value in eight repeats an earlier one:
// about four pairs in five are inversions, so the count passes 2^31 by
// n = 100000 and a solution that fixes one inversion at a time pays for
// every one.
func Generate(r *rand.Rand, n int) []any {
	if n <= 100 {
		return []any{kit.Ints(r, n, -n/2-1, n/2+1)}
	}
	const limit = 1_000_000_000
	nums := make([]int, n)
	for i := range nums {
		trend := 2*limit/3 - 4*limit/3*i/n
		nums[i] = trend + r.Intn(2*limit/3+1) - limit/3
		if i > 0 && r.Intn(8) == 0 {
			nums[i] = nums[r.Intn(i)]
		}
	}
	return []any{nums}
}
