package nearbyduplicate

import (
	"math/rand"
	"testing"

	"github.com/grindjudge/grind/problems/kit"
	"github.com/grindjudge/grind/problems/problemtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReferenceOnStoredCases(t *testing.T) {
	problemtest.Cases(t, "nearby-duplicate", ContainsNearbyDuplicate)
}

// brute compares every pair of positions.
func brute(nums []int, k int) bool {
	for i := range nums {
		for j := i + 1; j < len(nums); j++ {
			if nums[i] == nums[j] && j-i <= k {
				return true
			}
		}
	}
	return false
}

func TestReferenceAgainstBruteForce(t *testing.T) {
	r := rand.New(rand.NewSource(13))
	for round := 0; round < 1000; round++ {
		var nums []int
		var k int
		if round%2 == 0 {
			args := Generate(r, 1+r.Intn(40))
			nums, k = args[0].([]int), args[1].(int)
		} else {
			n := 1 + r.Intn(20)
			nums, k = kit.Ints(r, n, -4, 4), r.Intn(n+3)
		}
		assert.Equal(t, brute(nums, k), ContainsNearbyDuplicate(nums, k), "nums=%v k=%d", nums, k)
	}
}

func TestGeneratorKeepsTheRules(t *testing.T) {
	r := rand.New(rand.NewSource(14))
	answers := map[bool]int{}
	sizes := append([]int{1, 2, 999, 1000, MaxLen}, Random...)
	for round := 0; round < 300; round++ {
		n := sizes[round%len(sizes)]
		args := Generate(r, n)
		nums, k := args[0].([]int), args[1].(int)
		require.Len(t, nums, n)
		assert.True(t, k >= 0 && k <= MaxK, "k=%d", k)
		if n >= 1000 {
			assert.GreaterOrEqual(t, k, n/2, "k grows with n on large cases")
		}
		for _, v := range nums {
			assert.True(t, v >= -MaxValue && v <= MaxValue, "value %d out of range", v)
		}
		got := ContainsNearbyDuplicate(nums, k)
		answers[got]++
		if !got && n >= 2 && k+1 < n {
			// Without a planted pair, copies sit exactly k+1 apart: the
			// boundary is always tested.
			assert.True(t, ContainsNearbyDuplicate(nums, k+1), "copies one past k; nums=%v k=%d", nums, k)
		}
	}
	assert.Greater(t, answers[true], 80)
	assert.Greater(t, answers[false], 80)
}
