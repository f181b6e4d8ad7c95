package longestconsecutive

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
	problemtest.Cases(t, "longest-consecutive", LongestConsecutive)
}

// brute tries every value as a start and counts upward by searching the
// list for each next value.
func brute(nums []int) int {
	best := 0
	for _, v := range nums {
		n := 0
		for contains(nums, v+n) {
			n++
		}
		best = max(best, n)
	}
	return best
}

func contains(nums []int, x int) bool {
	for _, v := range nums {
		if v == x {
			return true
		}
	}
	return false
}

func TestReferenceAgainstBruteForce(t *testing.T) {
	r := rand.New(rand.NewSource(19))
	for round := 0; round < 1000; round++ {
		var nums []int
		if round%2 == 0 {
			nums = Generate(r, r.Intn(40))[0].([]int)
		} else {
			nums = kit.Ints(r, r.Intn(20), -6, 6)
		}
		assert.Equal(t, brute(nums), LongestConsecutive(nums), "nums=%v", nums)
	}
}

func TestGeneratorKeepsTheRules(t *testing.T) {
	r := rand.New(rand.NewSource(20))
	sizes := append([]int{0, 1, 999, 1000, 20000, MaxLen}, Random...)
	for round := 0; round < 64; round++ {
		n := sizes[round%len(sizes)]
		nums := Generate(r, n)[0].([]int)
		require.Len(t, nums, n)
		for _, v := range nums {
			assert.True(t, v >= -MaxValue && v <= MaxValue, "value %d out of range", v)
		}
		if n >= 1000 {
			// One run holds a third or more of the distinct values.
			assert.GreaterOrEqual(t, LongestConsecutive(nums), n*9/10/3, "n=%d", n)
			distinct := append([]int(nil), nums...)
			sort.Ints(distinct)
			dups := 0
			for i := 1; i < len(distinct); i++ {
				if distinct[i] == distinct[i-1] {
					dups++
				}
			}
			assert.Greater(t, dups, 0, "repeats appear")
		}
	}
}
