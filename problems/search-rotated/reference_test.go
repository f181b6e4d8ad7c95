package searchrotated

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
	problemtest.Cases(t, "search-rotated", SearchRotated)
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
	r := rand.New(rand.NewSource(21))
	for k := 0; k < 1000; k++ {
		n := 1 + r.Intn(40)
		var nums []int
		var target int
		if k%2 == 0 {
			args := Generate(r, n)
			nums, target = args[0].([]int), args[1].(int)
		} else {
			sorted := kit.DistinctInts(r, n, -60, 60)
			slices.Sort(sorted)
			rot := r.Intn(n)
			nums = append(sorted[rot:], sorted[:rot]...)
			target = r.Intn(131) - 65
		}
		assert.Equal(t, scan(nums, target), SearchRotated(nums, target), "nums=%v target=%d", nums, target)
	}
	// Every rotation of one array, every value and every gap.
	sorted := []int{-7, -2, 0, 5, 6, 11, 20, 21}
	for rot := range sorted {
		nums := append(slices.Clone(sorted[rot:]), sorted[:rot]...)
		for target := -9; target <= 23; target++ {
			assert.Equal(t, scan(nums, target), SearchRotated(nums, target), "nums=%v target=%d", nums, target)
		}
	}
}

// isRotatedAscending reports whether nums is an ascending array of distinct
// values rotated: at most one descent, counting from the last to the first.
func isRotatedAscending(nums []int) bool {
	descents := 0
	for i := range nums {
		if nums[i] >= nums[(i+1)%len(nums)] {
			descents++
		}
	}
	return descents <= 1
}

func TestGeneratorKeepsTheRules(t *testing.T) {
	r := rand.New(rand.NewSource(22))
	rotated, notRotated, present, absent := 0, 0, 0, 0
	for _, n := range []int{1, 2, 3, 5, 19, 20, 21, 100, 1000, 100000, 1000000} {
		for k := 0; k < 12; k++ {
			args := Generate(r, n)
			nums, target := args[0].([]int), args[1].(int)
			require.Len(t, nums, n)
			require.True(t, isRotatedAscending(nums), "n=%d: not a rotated ascending array", n)
			for i := range nums {
				if nums[i] < math.MinInt32 || nums[i] > math.MaxInt32 {
					t.Fatalf("n=%d: nums[%d]=%d out of int32", n, i, nums[i])
				}
			}
			assert.True(t, target >= math.MinInt32 && target <= math.MaxInt32)
			if n > 1 && nums[0] > nums[n-1] {
				rotated++
			} else {
				notRotated++
			}
			if i := scan(nums, target); i >= 0 {
				present++
				if n >= 20 {
					assert.GreaterOrEqual(t, i, n*9/10-1, "n=%d: the target must be far right", n)
				}
			} else {
				absent++
			}
		}
	}
	assert.Positive(t, rotated)
	assert.Positive(t, notRotated)
	assert.Positive(t, present)
	assert.Positive(t, absent)
}
