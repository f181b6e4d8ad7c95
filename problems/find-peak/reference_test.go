package findpeak

import (
	"math/rand"
	"testing"

	"github.com/grindjudge/grind/problems/kit"
	"github.com/grindjudge/grind/problems/problemtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReferenceOnStoredCases(t *testing.T) {
	problemtest.Cases(t, "find-peak", FindPeak, Check)
}

// peaks lists every peak, by definition.
func peaks(nums []int) []int {
	var out []int
	for i := range nums {
		if (i == 0 || nums[i-1] < nums[i]) && (i == len(nums)-1 || nums[i+1] < nums[i]) {
			out = append(out, i)
		}
	}
	return out
}

func TestReferenceAgainstOracle(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	for k := 0; k < 500; k++ {
		n := 1 + r.Intn(40)
		var nums []int
		if k%2 == 0 {
			nums = Generate(r, n)[0].([]int)
		} else {
			nums = kit.Ints(r, n, -5, 5)
			for i := 1; i < n; i++ {
				for nums[i] == nums[i-1] {
					nums[i] = r.Intn(11) - 5
				}
			}
		}
		got := FindPeak(nums)
		assert.Contains(t, peaks(nums), got, "nums=%v", nums)
		assert.NoError(t, Check(nums, got, got))
	}
}

func TestGeneratorKeepsTheRules(t *testing.T) {
	r := rand.New(rand.NewSource(4))
	for _, n := range []int{1, 2, 3, 10, 1000, 100000} {
		nums := Generate(r, n)[0].([]int)
		require.Len(t, nums, n)
		for i := range nums {
			assert.True(t, nums[i] >= -1<<31 && nums[i] < 1<<31, "nums[%d]=%d out of int32", i, nums[i])
			if i > 0 {
				assert.NotEqual(t, nums[i-1], nums[i])
			}
		}
		if n >= 1000 {
			assert.Greater(t, peaks(nums)[0], n*8/10, "the first peak must be far right")
		}
	}
}

func TestCheckRejects(t *testing.T) {
	nums := []int{1, 3, 2, 4}
	assert.Error(t, Check(nums, 1, 0))
	assert.Error(t, Check(nums, 1, 2))
	assert.Error(t, Check(nums, 1, 4))
	assert.Error(t, Check(nums, 1, -1))
	assert.NoError(t, Check(nums, 1, 3))
}
