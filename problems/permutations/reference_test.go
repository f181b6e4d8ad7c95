package permutations

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
	problemtest.Cases(t, "permutations", Permutations)
}

// brute tries every sequence of n indices, n^n of them, and keeps those
// that use each index once.
func brute(nums []int) [][]int {
	n := len(nums)
	var out [][]int
	idx := make([]int, n)
	var next func(k int)
	next = func(k int) {
		if k == n {
			seen := make([]bool, n)
			p := make([]int, n)
			for i, j := range idx {
				if seen[j] {
					return
				}
				seen[j] = true
				p[i] = nums[j]
			}
			out = append(out, p)
			return
		}
		for j := 0; j < n; j++ {
			idx[k] = j
			next(k + 1)
		}
	}
	next(0)
	return out
}

// keys writes each permutation as text, in order, and sorts the list.
func keys(perms [][]int) []string {
	out := make([]string, len(perms))
	for i, p := range perms {
		out[i] = fmt.Sprint(p)
	}
	sort.Strings(out)
	return out
}

func TestReferenceAgainstBruteForce(t *testing.T) {
	r := rand.New(rand.NewSource(8))
	for k := 0; k < 300; k++ {
		var nums []int
		if k%2 == 0 {
			nums = Generate(r, 1+r.Intn(6))[0].([]int)
		} else {
			nums = kit.DistinctInts(r, 1+r.Intn(5), -3, 3)
		}
		before := slices.Clone(nums)
		got := Permutations(nums)
		assert.Equal(t, keys(brute(nums)), keys(got), "nums=%v", nums)
		assert.Equal(t, before, nums, "the reference must not change its input")
	}
}

func TestReferenceCountsAndDistinctness(t *testing.T) {
	nums := []int{8, -3, 0, 100, -100, 7, 5, 1}
	got := Permutations(nums)
	require.Len(t, got, 40320)
	k := keys(got)
	assert.Len(t, slices.Compact(k), 40320, "a permutation appears twice")
}

func TestGeneratorKeepsTheRules(t *testing.T) {
	r := rand.New(rand.NewSource(9))
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
