package maxsubarraysum

import (
	"math/rand"
	"testing"

	"github.com/grindjudge/grind/problems/kit"
	"github.com/grindjudge/grind/problems/problemtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReferenceOnStoredCases(t *testing.T) {
	problemtest.Cases(t, "max-subarray-sum", MaxSubarraySum)
}

// brute sums every stretch.
func brute(nums []int) int {
	best := nums[0]
	for i := range nums {
		sum := 0
		for j := i; j < len(nums); j++ {
			sum += nums[j]
			best = max(best, sum)
		}
	}
	return best
}

func TestReferenceAgainstBruteForce(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	for k := 0; k < 600; k++ {
		n := 1 + r.Intn(40)
		var nums []int
		switch k % 3 {
		case 0:
			nums = Generate(r, n)[0].([]int)
		case 1:
			nums = kit.Ints(r, n, -5, 5)
		default:
			nums = kit.Ints(r, n, -10_000, 10_000)
		}
		assert.Equal(t, brute(nums), MaxSubarraySum(nums), "nums=%v", nums)
	}
}

func TestGeneratorKeepsTheRules(t *testing.T) {
	r := rand.New(rand.NewSource(8))
	allNegative := 0
	for k := 0; k < 300; k++ {
		n := 1 + r.Intn(100)
		nums := Generate(r, n)[0].([]int)
		require.Len(t, nums, n)
		neg := true
		for _, v := range nums {
			require.True(t, v >= -10_000 && v <= 10_000, "value %d out of range", v)
			neg = neg && v < 0
		}
		if neg {
			allNegative++
		}
	}
	assert.Greater(t, allNegative, 30, "all-negative inputs must come up")
	assert.Less(t, allNegative, 150, "most inputs must mix signs")
}
