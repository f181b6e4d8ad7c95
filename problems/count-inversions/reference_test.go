package countinversions

import (
	"math"
	"math/rand"
	"slices"
	"testing"

	"github.com/grindjudge/grind/problems/kit"
	"github.com/grindjudge/grind/problems/problemtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReferenceOnStoredCases(t *testing.T) {
	problemtest.Cases(t, "count-inversions", CountInversions)
}

// oracle checks every pair.
func oracle(nums []int) int {
	count := 0
	for i := range nums {
		for j := i + 1; j < len(nums); j++ {
			if nums[i] > nums[j] {
				count++
			}
		}
	}
	return count
}

func TestReferenceAgainstOracle(t *testing.T) {
	r := rand.New(rand.NewSource(81))
	for k := 0; k < 600; k++ {
		var nums []int
		switch k % 3 {
		case 0:
			nums = Generate(r, 1+r.Intn(100))[0].([]int)
		case 1:
			nums = kit.Ints(r, 1+r.Intn(40), -3, 3)
		default:
			nums = Generate(r, 101+r.Intn(300))[0].([]int)
		}
		orig := slices.Clone(nums)
		assert.Equal(t, oracle(nums), CountInversions(nums), "nums=%v", nums)
		assert.Equal(t, orig, nums, "the input must not change")
	}
}

func TestGeneratorPassesInt32AtTheTopOfTheLadder(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	for _, n := range append(slices.Clone(Random), Ladder...) {
		nums := Generate(r, n)[0].([]int)
		require.Len(t, nums, n)
		for _, v := range nums {
			require.True(t, v >= -1_000_000_000 && v <= 1_000_000_000)
		}
		count := CountInversions(nums)
		if n >= 1000 {
			pairs := n * (n - 1) / 2
			assert.Greater(t, count, pairs*7/10, "n=%d: most pairs must be inversions", n)
			assert.Less(t, count, pairs*95/100, "n=%d: but not all", n)
		}
		if n >= 100000 {
			assert.Greater(t, count, math.MaxInt32, "n=%d", n)
		}
	}
}
