// Package subarraysumk is the reference for subarray-sum-k: count pairs of
// equal-but-for-k prefix sums.
package subarraysumk

import (
	"math/rand"

	"github.com/grindjudge/grind/problems/kit"
)

// SubarraySum walks the prefix sums P[0] = 0, P[1], ..., P[n]: the subarrays
// ending at j-1 that sum to k are the earlier i with P[i] = P[j] - k, so a
// map counting the prefix sums seen so far answers in one pass, O(n).
func SubarraySum(nums []int, k int) int {
	seen := make(map[int]int, len(nums)+1)
	seen[0] = 1
	count, sum := 0, 0
	for _, v := range nums {
		sum += v
		count += seen[sum-k]
		seen[sum]++
	}
	return count
}

// Limits of the statement.
const (
	MaxLen   = 100_000
	MaxValue = 1000
	MaxK     = 100_000_000
)

// Ladder is the sizes of the scaling ladder: 64x from bottom to top, the top
// at the longest array the statement allows.
var Ladder = []int{1562, 3125, 6250, 12500, 25000, 50000, 100000}

// Random is the sizes of the random hidden cases.
var Random = []int{1, 2, 3, 4, 5, 8, 12, 20, 100, 1000}

// Generate returns n values and a k. The values come from a narrow range
// around zero (so prefix sums repeat and zeros and negatives are common), or
// now and then from the whole [-1000, 1000]. Most of the time k is the sum of
// a random subarray, so the answer is at least 1; otherwise k is small and
// random. Every solution does the same work whatever the answer, so the
// ladder needs nothing special: trying every subarray is O(n^2) regardless.
func Generate(r *rand.Rand, n int) []any {
	spread := 1 + r.Intn(3)
	if r.Intn(4) == 0 {
		spread = MaxValue
	}
	nums := kit.Ints(r, n, -spread, spread)
	var k int
	if r.Intn(4) != 0 {
		i := r.Intn(n)
		j := i + r.Intn(n-i)
		for _, v := range nums[i : j+1] {
			k += v
		}
	} else {
		k = r.Intn(2*spread+1) - spread
	}
	return []any{nums, k}
}
