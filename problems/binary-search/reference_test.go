package binarysearch

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
	problemtest.Cases(t, "binary-search", BinarySearch)
}

// scan looks at every element.
func scan(nums []int, target int) int {
	for i, v := range nums {
		if v == target {
			return i
		}
	}
	return -1
}

func TestReferenceAgainstScan(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	for k := 0; k < 1000; k++ {
		n := r.Intn(40)
		var nums []int
		var target int
		if k%2 == 0 {
			args := Generate(r, n)
			nums, target = args[0].([]int), args[1].(int)
		} else {
			nums = kit.DistinctInts(r, n, -50, 50)
			slices.Sort(nums)
			target = r.Intn(111) - 55
		}
		assert.Equal(t, scan(nums, target), BinarySearch(nums, target), "nums=%v target=%d", nums, target)
	}
	// Every element, and every gap, of one array.
	nums := []int{-9, -4, 0, 3, 4, 10, 11, 30}
	for target := -12; target <= 33; target++ {
		assert.Equal(t, scan(nums, target), BinarySearch(nums, target), "target=%d", target)
	}
}

func TestGeneratorKeepsTheRules(t *testing.T) {
	r := rand.New(rand.NewSource(8))
	absentAbove, absentBetween, present := 0, 0, 0
	for _, n := range []int{0, 1, 2, 5, 19, 20, 21, 100, 1000, 100000, 1000000} {
		for k := 0; k < 12; k++ {
			args := Generate(r, n)
			nums, target := args[0].([]int), args[1].(int)
			require.Len(t, nums, n)
			assert.True(t, target >= math.MinInt32 && target <= math.MaxInt32)
			for i := range nums {
				if nums[i] < math.MinInt32 || nums[i] > math.MaxInt32 {
					t.Fatalf("n=%d: nums[%d]=%d out of int32", n, i, nums[i])
				}
				if i > 0 && nums[i-1] >= nums[i] {
					t.Fatalf("n=%d: not strictly ascending at %d", n, i)
				}
			}
			if n < 20 {
				continue
			}
			// A scan from the left must walk at least nine tenths.
			i := scan(nums, target)
			switch {
			case i >= 0:
				present++
				assert.GreaterOrEqual(t, i, n*9/10-1)
			case target > nums[n-1]:
				absentAbove++
			default:
				absentBetween++
				assert.Greater(t, target, nums[n*9/10-2])
			}
		}
	}
	assert.Positive(t, present)
	assert.Positive(t, absentAbove)
	assert.Positive(t, absentBetween)
}
