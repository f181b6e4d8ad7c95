package subsets

import (
	"fmt"
	"math/rand"
	"slices"
	"sort"
	"testing"

	"github.com/grindjudge/grind/problems/kit"
	"github.com/grindjudge/grind/problems/problemtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReferenceOnStoredCases(t *testing.T) {
	problemtest.Cases(t, "subsets", Subsets)
}

// byMask lists the subsets by counting: bit i of a mask keeps nums[i].
func byMask(nums []int) [][]int {
	var out [][]int
	for mask := 0; mask < 1<<len(nums); mask++ {
		s := []int{}
		for i, v := range nums {
			if mask>>i&1 == 1 {
				s = append(s, v)
			}
		}
		out = append(out, s)
	}
	return out
}

// canonical sorts each subset and then the list, so two answers that differ
// only in order compare equal.
func canonical(sets [][]int) []string {
	keys := make([]string, len(sets))
	for i, s := range sets {
		c := slices.Clone(s)
		slices.Sort(c)
		keys[i] = fmt.Sprint(c)
	}
	sort.Strings(keys)
	return keys
}

func TestReferenceAgainstBruteForce(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	for k := 0; k < 400; k++ {
		var nums []int
		if k%2 == 0 {
			nums = Generate(r, r.Intn(11))[0].([]int)
		} else {
			nums = kit.DistinctInts(r, r.Intn(8), -3, 4)
		}
		before := slices.Clone(nums)
		got := Subsets(nums)
		assert.Equal(t, canonical(byMask(nums)), canonical(got), "nums=%v", nums)
		assert.Len(t, got, 1<<len(nums))
		assert.Equal(t, before, nums, "the reference must not change its input")
	}
}

// TestReferenceAnswersDoNotShareMemory guards against the aliasing the
// wrong submissions show: writing anywhere in one subset's backing array,
// up to its capacity, must leave every other subset as it was.
func TestReferenceAnswersDoNotShareMemory(t *testing.T) {
	nums := []int{1, 2, 3, 4, 5, 6}
	for i := range 1 << len(nums) {
		got := Subsets(nums)
		before := make([][]int, len(got))
		for j, s := range got {
			before[j] = slices.Clone(s)
		}
		full := got[i][:cap(got[i])]
		for k := range full {
			full[k] = 99
		}
		for j := range got {
			if j != i {
				assert.Equal(t, before[j], got[j], "writing into subset %d changed subset %d", i, j)
			}
		}
	}
}

func TestGeneratorKeepsTheRules(t *testing.T) {
	r := rand.New(rand.NewSource(4))
	for _, n := range append(append([]int{}, Ladder...), Random...) {
		nums := Generate(r, n)[0].([]int)
		require.Len(t, nums, n)
		seen := map[int]bool{}
		for _, v := range nums {
			assert.True(t, v >= -100 && v <= 100, "value %d out of range", v)
			assert.False(t, seen[v], "value %d twice", v)
			seen[v] = true
		}
	}
}
