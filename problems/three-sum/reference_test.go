package threesum

import (
	"fmt"
	"math/rand"
	"sort"
	"testing"

	"github.com/grindjudge/grind/problems/kit"
	"github.com/grindjudge/grind/problems/problemtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReferenceOnStoredCases(t *testing.T) {
	problemtest.Cases(t, "three-sum", ThreeSum)
}

// brute tries every three positions and keeps each sorted triple once, as
// sorted strings for comparison.
func brute(nums []int) []string {
	seen := map[string]bool{}
	for i := range nums {
		for j := i + 1; j < len(nums); j++ {
			for k := j + 1; k < len(nums); k++ {
				if nums[i]+nums[j]+nums[k] == 0 {
					seen[key([]int{nums[i], nums[j], nums[k]})] = true
				}
			}
		}
	}
	out := []string{}
	for k := range seen {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func key(t []int) string {
	s := append([]int(nil), t...)
	sort.Ints(s)
	return fmt.Sprint(s)
}

func keys(triples [][]int) []string {
	out := []string{}
	for _, t := range triples {
		out = append(out, key(t))
	}
	sort.Strings(out)
	return out
}

func TestReferenceAgainstBruteForce(t *testing.T) {
	r := rand.New(rand.NewSource(19))
	for k := 0; k < 600; k++ {
		n := r.Intn(45)
		var nums []int
		switch k % 3 {
		case 0:
			nums = Generate(r, n)[0].([]int)
		case 1:
			nums = kit.Ints(r, n, -3, 3)
		default:
			nums = kit.Ints(r, n, -20, 20)
		}
		orig := append([]int{}, nums...)
		got := ThreeSum(nums)
		assert.Equal(t, orig, append([]int{}, nums...), "the reference must not change its input")
		for _, tr := range got {
			require.Len(t, tr, 3)
		}
		// brute has no repeats, so equal sorted lists also mean no repeated triple.
		assert.Equal(t, brute(nums), keys(got), "nums=%v", nums)
	}
}

func TestReferenceOnLargeInputs(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	for _, n := range []int{150, 300} {
		nums := Generate(r, n)[0].([]int)
		assert.Equal(t, brute(nums), keys(ThreeSum(nums)), "n=%d", n)
	}
}

func TestGeneratorKeepsTheRules(t *testing.T) {
	r := rand.New(rand.NewSource(23))
	repeatedValueTriples, extremes := 0, 0
	for k := 0; k < 300; k++ {
		n := r.Intn(41)
		nums := Generate(r, n)[0].([]int)
		require.Len(t, nums, n)
		for _, v := range nums {
			require.True(t, v >= -100_000 && v <= 100_000, "value %d out of range", v)
			if v == 100_000 || v == -100_000 {
				extremes++
			}
		}
		for _, tr := range ThreeSum(nums) {
			if tr[0] == tr[1] || tr[1] == tr[2] {
				repeatedValueTriples++
			}
		}
	}
	assert.Greater(t, repeatedValueTriples, 100, "triples using a value twice must come up")
	assert.Greater(t, extremes, 50, "the extremes of the range must come up")
	nums := Generate(r, 3000)[0].([]int)
	assert.Greater(t, len(ThreeSum(nums)), 1000, "the largest inputs must have many triples")
}
