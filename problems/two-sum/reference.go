// Package twosum is the reference for two-sum: the pair of positions whose
// values add up to the target.
package twosum

import "math/rand"

// TwoSum remembers each value's position and looks up the complement of
// every new value: one pass, O(n).
func TwoSum(nums []int, target int) []int {
	seen := make(map[int]int, len(nums))
	for j, v := range nums {
		if i, ok := seen[target-v]; ok {
			return []int{i, j}
		}
		seen[v] = j
	}
	return nil
}

// Ladder is the sizes of the scaling ladder: 64x from bottom to top, the top
// at the largest n the statement allows.
var Ladder = []int{1562, 3125, 6250, 12500, 25000, 50000, 100000}

// Random is the sizes of the random hidden cases.
var Random = []int{2, 2, 3, 4, 5, 8, 13, 50, 200, 1000}

// Generate returns nums of length n and a target that exactly one pair
// reaches. Every value but the pair's is a multiple of 4; the pair's are 1
// and 2 more than one, so only they sum to 3 more than a multiple of 4. The
// pair sits in the last tenth of the array (or anywhere, for small n), so
// checking every pair really does take about n^2/2 steps.
func Generate(r *rand.Rand, n int) []any {
	const limit = 1_000_000_000
	nums := make([]int, n)
	for i := range nums {
		nums[i] = 4 * (r.Intn(limit/2) - limit/4)
	}
	lo := 0
	if n >= 20 {
		lo = n - n/10
	}
	i := lo + r.Intn(n-lo)
	j := lo + r.Intn(n-lo-1)
	if j >= i {
		j++
	}
	nums[i] = 4*(r.Intn(limit/2)-limit/4) + 1
	nums[j] = 4*(r.Intn(limit/2)-limit/4) + 2
	return []any{nums, nums[i] + nums[j]}
}
