package mediantwosorted

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
	problemtest.Cases(t, "median-two-sorted", MedianOfTwoSorted)
}

// mergeAndSort puts every value in one array and reads the middle.
func mergeAndSort(a, b []int) float64 {
	all := slices.Concat(a, b)
	slices.Sort(all)
	n := len(all)
	if n%2 == 1 {
		return float64(all[n/2])
	}
	return (float64(all[n/2-1]) + float64(all[n/2])) / 2
}

func TestReferenceAgainstSorting(t *testing.T) {
	r := rand.New(rand.NewSource(61))
	for round := 0; round < 2000; round++ {
		var a, b []int
		switch round % 3 {
		case 0:
			args := Generate(r, 1+r.Intn(40))
			a, b = args[0].([]int), args[1].([]int)
		case 1: // few distinct values, lengths independent
			a, b = kit.SortedInts(r, r.Intn(8), -3, 3), kit.SortedInts(r, r.Intn(8), -3, 3)
		default: // extremes of int32
			a = kit.SortedInts(r, r.Intn(6), math.MinInt32, math.MaxInt32)
			b = kit.SortedInts(r, r.Intn(6), math.MinInt32, math.MaxInt32)
			if r.Intn(2) == 0 && len(a) > 0 {
				a[0] = math.MinInt32
			}
			if r.Intn(2) == 0 && len(b) > 0 {
				b[len(b)-1] = math.MaxInt32
			}
		}
		if len(a)+len(b) == 0 {
			continue
		}
		assert.Equal(t, mergeAndSort(a, b), MedianOfTwoSorted(a, b), "a=%v b=%v", a, b)
	}
}

func TestGeneratorKeepsTheRules(t *testing.T) {
	r := rand.New(rand.NewSource(62))
	emptySide := 0
	for _, n := range append(append([]int{}, Random...), Ladder...) {
		rounds := 4
		if n > 100000 {
			rounds = 1
		}
		for round := 0; round < rounds; round++ {
			args := Generate(r, n)
			a, b := args[0].([]int), args[1].([]int)
			require.Equal(t, n, len(a)+len(b))
			require.True(t, len(a) <= 1e6 && len(b) <= 1e6, "n=%d: %d and %d", n, len(a), len(b))
			for _, s := range [][]int{a, b} {
				require.True(t, slices.IsSorted(s))
				if len(s) > 0 {
					require.True(t, s[0] >= math.MinInt32 && s[len(s)-1] <= math.MaxInt32)
				}
			}
			if len(a) == 0 || len(b) == 0 {
				emptySide++
			}
			if n >= 30 {
				assert.True(t, len(a) >= n/4 && len(b) >= n/4, "n=%d: %d and %d", n, len(a), len(b))
			}
		}
	}
	assert.Positive(t, emptySide, "small cases sometimes leave an array empty")
}
