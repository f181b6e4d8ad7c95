package searchrange

import (
	"math"
	"math/rand"
	"testing"

	"github.com/grindjudge/grind/problems/kit"
	"github.com/grindjudge/grind/problems/problemtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReferenceOnStoredCases(t *testing.T) {
	problemtest.Cases(t, "search-range", SearchRange)
}

// scan looks at every element.
func scan(nums []int, target int) []int {
	first, last := -1, -1
	for i, v := range nums {
		if v == target {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	return []int{first, last}
}

func TestReferenceAgainstScan(t *testing.T) {
	r := rand.New(rand.NewSource(12))
	for k := 0; k < 1000; k++ {
		n := r.Intn(40)
		var nums []int
		var target int
		if k%2 == 0 {
			args := Generate(r, n)
			nums, target = args[0].([]int), args[1].(int)
		} else {
			nums = kit.SortedInts(r, n, -4, 4)
			target = r.Intn(11) - 5
		}
		assert.Equal(t, scan(nums, target), SearchRange(nums, target), "nums=%v target=%d", nums, target)
	}
}

func TestGeneratorKeepsTheRules(t *testing.T) {
	r := rand.New(rand.NewSource(13))
	absent, toTheEnd := 0, 0
	for _, n := range []int{0, 1, 2, 3, 5, 10, 50, 999, 1000, 5000, 100000, 1000000} {
		for k := 0; k < 12; k++ {
			args := Generate(r, n)
			nums, target := args[0].([]int), args[1].(int)
			require.Len(t, nums, n)
			for i := range nums {
				if nums[i] < math.MinInt32 || nums[i] > math.MaxInt32 {
					t.Fatalf("n=%d: nums[%d]=%d out of int32", n, i, nums[i])
				}
				if i > 0 && nums[i-1] > nums[i] {
					t.Fatalf("n=%d: not sorted at %d", n, i)
				}
			}
			got := scan(nums, target)
			if got[0] < 0 {
				absent++
				require.Less(t, n, 1000, "large cases hold the target")
				continue
			}
			if n >= 1000 {
				assert.LessOrEqual(t, got[0], n/4, "n=%d: the run starts in the first quarter", n)
				assert.GreaterOrEqual(t, got[1], n*3/4, "n=%d: the run ends in the last quarter", n)
				if got[1] == n-1 {
					toTheEnd++
				}
			}
		}
	}
	assert.Positive(t, absent)
	assert.Positive(t, toTheEnd)
}
