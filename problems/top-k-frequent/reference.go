// Package topkfrequent is the reference for top-k-frequent: count, then
// bucket the distinct values by count.
package topkfrequent

import (
	"math/rand"
	"sort"

	"github.com/grindjudge/grind/problems/kit"
)

// TopKFrequent counts every value, puts each distinct value in the bucket of
// its count (counts run from 1 to n) and walks the buckets from the top
// until it has k values: O(n), no sorting.
func TopKFrequent(nums []int, k int) []int {
	count := make(map[int]int, len(nums))
	for _, v := range nums {
		count[v]++
	}
	buckets := make([][]int, len(nums)+1)
	for v, c := range count {
		buckets[c] = append(buckets[c], v)
	}
	out := make([]int, 0, k)
	for c := len(nums); c >= 1 && len(out) < k; c-- {
		out = append(out, buckets[c]...)
	}
	return out[:k] // the answer is unique, so the last bucket taken ends exactly at k
}

// Limits of the statement.
const (
	MaxLen   = 100_000
	MaxValue = 1_000_000_000
)

// Ladder is the sizes of the scaling ladder: 64x from bottom to top, the top
// at the longest array the statement allows.
var Ladder = []int{1562, 3125, 6250, 12500, 25000, 50000, 100000}

// Random is the sizes of the random hidden cases.
var Random = []int{1, 2, 3, 4, 6, 9, 14, 30, 100, 1000}

// Generate returns n values and a k whose answer is unique. It picks d
// distinct values, gives each a count of at least 1 and spreads the rest of
// n over them, favouring some, then picks k where the sorted counts drop
// (or k = d). From 1000 values up, d is about 2n/3 and k the largest such
// drop below d - about a quarter of n, the values that occur more than
// once - so picking the most frequent value k times over costs O(n^2).
func Generate(r *rand.Rand, n int) []any {
	var d int
	if n >= 1000 {
		d = 2 * n / 3
	} else {
		d = 1 + r.Intn(n)
	}
	values := kit.DistinctInts(r, d, -MaxValue, MaxValue)
	counts := make([]int, d)
	for i := range counts {
		counts[i] = 1
	}
	skewed := n < 1000 && r.Intn(2) == 0
	for extra := n - d; extra > 0; extra-- {
		i := r.Intn(d)
		if skewed {
			i = r.Intn(1 + r.Intn(d))
		}
		counts[i]++
	}
	// The places where the sorted counts drop are the k that give a unique
	// answer, and so is d.
	sorted := append([]int(nil), counts...)
	sort.Sort(sort.Reverse(sort.IntSlice(sorted)))
	var drops []int
	for i := 1; i < d; i++ {
		if sorted[i-1] > sorted[i] {
			drops = append(drops, i)
		}
	}
	k := d
	switch {
	case len(drops) > 0 && n >= 1000:
		k = drops[len(drops)-1]
	case len(drops) > 0 && r.Intn(4) != 0:
		k = drops[r.Intn(len(drops))]
	}
	nums := make([]int, 0, n)
	for i, v := range values {
		for c := 0; c < counts[i]; c++ {
			nums = append(nums, v)
		}
	}
	r.Shuffle(len(nums), func(i, j int) { nums[i], nums[j] = nums[j], nums[i] })
	return []any{nums, k}
}
