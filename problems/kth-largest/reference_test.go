package kthlargest

import (
	"math/rand"
	"slices"
	"testing"

	"github.com/grindjudge/grind/problems/kit"
	"github.com/grindjudge/grind/problems/problemtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReferenceOnStoredCases(t *testing.T) {
	problemtest.Cases(t, "kth-largest", FindKthLargest)
}

// bySorting sorts a copy from largest to smallest and takes position k.
func bySorting(nums []int, k int) int {
	s := slices.Clone(nums)
	slices.Sort(s)
	slices.Reverse(s)
	return s[k-1]
}

func TestReferenceAgainstSorting(t *testing.T) {
	r := rand.New(rand.NewSource(51))
	for round := 0; round < 1500; round++ {
		n := 1 + r.Intn(40)
		var nums []int
		var k int
		switch round % 3 {
		case 0:
			args := Generate(r, n)
			nums, k = args[0].([]int), args[1].(int)
		case 1: // few distinct values
			nums, k = kit.Ints(r, n, -2, 2), 1+r.Intn(n)
		default: // sorted either way
			nums, k = kit.SortedInts(r, n, -10000, 10000), 1+r.Intn(n)
			if r.Intn(2) == 0 {
				slices.Reverse(nums)
			}
		}
		want := bySorting(nums, k)
		got := FindKthLargest(slices.Clone(nums), k)
		assert.Equal(t, want, got, "nums=%v k=%d", nums, k)
	}
}

func TestReferenceKeepsTheValues(t *testing.T) {
	r := rand.New(rand.NewSource(52))
	nums := kit.Ints(r, 1000, -5, 5)
	work := slices.Clone(nums)
	FindKthLargest(work, 300)
	slices.Sort(nums)
	slices.Sort(work)
	assert.Equal(t, nums, work, "quickselect may reorder nums, not change it")
}

func TestGeneratorKeepsTheRules(t *testing.T) {
	r := rand.New(rand.NewSource(53))
	for _, n := range append(append([]int{}, Random...), Ladder...) {
		for round := 0; round < 5; round++ {
			args := Generate(r, n)
			nums, k := args[0].([]int), args[1].(int)
			require.Len(t, nums, n)
			require.True(t, k >= 1 && k <= n, "n=%d k=%d", n, k)
			for _, v := range nums {
				require.True(t, v >= -10000 && v <= 10000, "value %d out of range", v)
			}
			if n >= 20 {
				assert.True(t, k > n/3 && k <= 2*n/3+1, "n=%d k=%d: k in the middle third", n, k)
			}
		}
	}
}
