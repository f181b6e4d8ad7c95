package topkfrequent

import (
	"math/rand"
	"sort"
	"testing"

	"github.com/grindjudge/grind/problems/kit"
	"github.com/grindjudge/grind/problems/problemtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReferenceOnStoredCases(t *testing.T) {
	problemtest.Cases(t, "top-k-frequent", TopKFrequent)
}

// ranked returns the distinct values by count, most frequent first (ties by
// value), with their counts.
func ranked(nums []int) (vals, counts []int) {
	count := map[int]int{}
	for _, v := range nums {
		count[v]++
	}
	for v := range count {
		vals = append(vals, v)
	}
	sort.Slice(vals, func(i, j int) bool {
		if count[vals[i]] != count[vals[j]] {
			return count[vals[i]] > count[vals[j]]
		}
		return vals[i] < vals[j]
	})
	for _, v := range vals {
		counts = append(counts, count[v])
	}
	return vals, counts
}

// unique reports whether the top k of nums is one set: the k-th count is
// larger than the (k+1)-th.
func unique(nums []int, k int) bool {
	vals, counts := ranked(nums)
	return k >= 1 && k <= len(vals) && (k == len(vals) || counts[k-1] > counts[k])
}

func sortedCopy(s []int) []int {
	s = append([]int(nil), s...)
	sort.Ints(s)
	return s
}

func TestReferenceAgainstBruteForce(t *testing.T) {
	r := rand.New(rand.NewSource(17))
	checked := 0
	for round := 0; checked < 800; round++ {
		var nums []int
		var k int
		if round%2 == 0 {
			args := Generate(r, 1+r.Intn(40))
			nums, k = args[0].([]int), args[1].(int)
		} else {
			nums = kit.Ints(r, 1+r.Intn(25), -4, 4)
			_, counts := ranked(nums)
			k = 1 + r.Intn(len(counts))
		}
		if !unique(nums, k) {
			continue // not a valid case: the answer is not unique
		}
		checked++
		vals, _ := ranked(nums)
		assert.Equal(t, sortedCopy(vals[:k]), sortedCopy(TopKFrequent(nums, k)), "nums=%v k=%d", nums, k)
	}
}

func TestGeneratorKeepsTheRules(t *testing.T) {
	r := rand.New(rand.NewSource(18))
	sizes := append([]int{1, 2, 999, 1000, 5000, MaxLen, 7, 20, 50}, Random...)
	notAll := 0
	for round := 0; round < 160; round++ {
		n := sizes[round%len(sizes)]
		args := Generate(r, n)
		nums, k := args[0].([]int), args[1].(int)
		require.Len(t, nums, n)
		require.True(t, unique(nums, k), "the answer must be unique: n=%d k=%d", n, k)
		for _, v := range nums {
			assert.True(t, v >= -MaxValue && v <= MaxValue, "value %d out of range", v)
		}
		vals, _ := ranked(nums)
		if k < len(vals) {
			notAll++
		}
		if n >= 1000 {
			assert.Greater(t, k, n/6, "k grows with n")
			assert.Greater(t, len(vals), n/2, "many distinct values")
		}
	}
	assert.Greater(t, notAll, 80, "most cases leave values out")
}
