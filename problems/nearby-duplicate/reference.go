// Package nearbyduplicate is the reference for nearby-duplicate: equal values
// at most k positions apart.
package nearbyduplicate

import (
	"math/rand"

	"github.com/grindjudge/grind/problems/kit"
)

// ContainsNearbyDuplicate remembers the last index of every value: the
// nearest earlier copy of nums[i] is the only one worth checking. One pass,
// O(n), whatever k is.
func ContainsNearbyDuplicate(nums []int, k int) bool {
	last := make(map[int]int, len(nums))
	for i, v := range nums {
		if j, ok := last[v]; ok && i-j <= k {
			return true
		}
		last[v] = i
	}
	return false
}

// Limits of the statement.
const (
	MaxLen   = 100_000
	MaxK     = 100_000
	MaxValue = 1_000_000_000
)

// Ladder is the sizes of the scaling ladder: 64x from bottom to top, the top
// at the longest array the statement allows.
var Ladder = []int{1562, 3125, 6250, 12500, 25000, 50000, 100000}

// Random is the sizes of the random hidden cases.
var Random = []int{1, 2, 2, 3, 4, 6, 10, 20, 100, 1000}

// Generate returns n values and a k. From 1000 values up, k is between n/2
// and 3n/4, so comparing each value with the k after it costs O(n^2); below,
// k is anything from 0 to a little past n. The values repeat with period
// k+1: every value has copies, each exactly one position too far. Half the
// time one copy is then planted closer - often exactly k away - near the end
// (anywhere, for small n), and the answer becomes true.
func Generate(r *rand.Rand, n int) []any {
	var k int
	if n >= 1000 {
		k = n/2 + r.Intn(n/4)
	} else {
		k = r.Intn(n + 2)
	}
	period := k + 1
	base := kit.DistinctInts(r, min(period, n), -MaxValue, MaxValue)
	nums := make([]int, n)
	for i := range nums {
		nums[i] = base[i%period]
	}
	if n >= 2 && k >= 1 && r.Intn(2) == 0 {
		d := min(k, n-1) // the distance of the planted pair
		if r.Intn(2) == 0 {
			d = 1 + r.Intn(d)
		}
		lo := d
		if n >= 20 {
			lo = max(d, n-n/10)
		}
		j := lo + r.Intn(n-lo)
		nums[j] = nums[j-d]
	}
	return []any{nums, k}
}
