package subarraysumk

import (
	"math/rand"
	"testing"

	"github.com/grindjudge/grind/problems/kit"
	"github.com/grindjudge/grind/problems/problemtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReferenceOnStoredCases(t *testing.T) {
	problemtest.Cases(t, "subarray-sum-k", SubarraySum)
}

// brute adds up every subarray from scratch.
func brute(nums []int, k int) int {
	count := 0
	for i := range nums {
		for j := i; j < len(nums); j++ {
			sum := 0
			for _, v := range nums[i : j+1] {
				sum += v
			}
			if sum == k {
				count++
			}
		}
	}
	return count
}

func TestReferenceAgainstBruteForce(t *testing.T) {
	r := rand.New(rand.NewSource(21))
	for round := 0; round < 1000; round++ {
		var nums []int
		var k int
		if round%2 == 0 {
			args := Generate(r, 1+r.Intn(30))
			nums, k = args[0].([]int), args[1].(int)
		} else {
			nums, k = kit.Ints(r, 1+r.Intn(20), -3, 3), r.Intn(9)-4
		}
		assert.Equal(t, brute(nums, k), SubarraySum(nums, k), "nums=%v k=%d", nums, k)
	}
}

func TestAnswerBeyondInt32(t *testing.T) {
	// All zeros: the answer, n(n+1)/2, does not fit in 32 bits. (No hidden
	// case goes that far; the reference must still count in int.)
	nums := make([]int, MaxLen)
	assert.Equal(t, MaxLen*(MaxLen+1)/2, SubarraySum(nums, 0))
	assert.Greater(t, SubarraySum(nums, 0), 1<<31-1)
}

func TestGeneratorKeepsTheRules(t *testing.T) {
	r := rand.New(rand.NewSource(22))
	positive, zeros, negatives := 0, 0, 0
	sizes := append([]int{1, 2, 1000, MaxLen}, Random...)
	for round := 0; round < 140; round++ {
		n := sizes[round%len(sizes)]
		args := Generate(r, n)
		nums, k := args[0].([]int), args[1].(int)
		require.Len(t, nums, n)
		assert.True(t, k >= -MaxK && k <= MaxK, "k=%d", k)
		for _, v := range nums {
			assert.True(t, v >= -MaxValue && v <= MaxValue, "value %d out of range", v)
			switch {
			case v == 0:
				zeros++
			case v < 0:
				negatives++
			}
		}
		if SubarraySum(nums, k) > 0 {
			positive++
		}
	}
	assert.Greater(t, positive, 100, "most cases have subarrays to count")
	assert.Greater(t, zeros, 0)
	assert.Greater(t, negatives, 0)
}
