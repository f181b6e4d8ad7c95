package sortcolors

import (
	"math/rand"
	"slices"
	"testing"

	"github.com/grindjudge/grind/problems/kit"
	"github.com/grindjudge/grind/problems/problemtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReferenceOnStoredCases(t *testing.T) {
	problemtest.Cases(t, "sort-colors", SortColors)
}

// oracle sorts a copy with the library.
func oracle(nums []int) []int {
	out := slices.Clone(nums)
	slices.Sort(out)
	return out
}

func TestReferenceAgainstOracle(t *testing.T) {
	r := rand.New(rand.NewSource(17))
	for k := 0; k < 600; k++ {
		n := 1 + r.Intn(30)
		var nums []int
		if k%2 == 0 {
			nums = Generate(r, n)[0].([]int)
		} else {
			nums = kit.Ints(r, n, 0, 2)
		}
		want := oracle(nums)
		got := slices.Clone(nums)
		SortColors(got)
		assert.Equal(t, want, got, "nums=%v", nums)
	}
}

func TestGeneratorIsFarFromSorted(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	for _, n := range append(slices.Clone(Random), Ladder...) {
		nums := Generate(r, n)[0].([]int)
		require.Len(t, nums, n)
		inversions, count := 0, [3]int{}
		for i := len(nums) - 1; i >= 0; i-- {
			v := nums[i]
			require.True(t, v >= 0 && v <= 2, "value %d out of range", v)
			for w := 0; w < v; w++ {
				inversions += count[w]
			}
			count[v]++
		}
		if n >= 1000 {
			assert.Greater(t, inversions, n*n/5, "n=%d", n)
		}
	}
}
