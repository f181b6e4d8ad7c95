package twosum

import (
	"math/rand"
	"testing"

	"github.com/grindjudge/grind/problems/problemtest"
	"github.com/stretchr/testify/assert"
)

func brute(nums []int, target int) []int {
	for i := range nums {
		for j := i + 1; j < len(nums); j++ {
			if nums[i]+nums[j] == target {
				return []int{i, j}
			}
		}
	}
	return nil
}

func TestReferenceOnStoredCases(t *testing.T) {
	problemtest.Cases(t, "two-sum", TwoSum)
}

func TestReferenceAgainstBruteForce(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	for k := 0; k < 500; k++ {
		args := Generate(r, 2+r.Intn(40))
		nums, target := args[0].([]int), args[1].(int)
		assert.Equal(t, brute(nums, target), TwoSum(nums, target), "nums=%v target=%d", nums, target)
	}
}

func TestGeneratorMakesExactlyOnePair(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	for k := 0; k < 200; k++ {
		args := Generate(r, 2+r.Intn(60))
		nums, target := args[0].([]int), args[1].(int)
		pairs := 0
		for i := range nums {
			for j := i + 1; j < len(nums); j++ {
				if nums[i]+nums[j] == target {
					pairs++
				}
			}
		}
		assert.Equal(t, 1, pairs, "nums=%v target=%d", nums, target)
	}
}
