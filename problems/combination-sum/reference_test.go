package combinationsum

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
	problemtest.Cases(t, "combination-sum", CombinationSum)
}

// brute chooses how many times to use each candidate, every possibility up
// to target / candidate, and keeps the choices that sum to target.
func brute(cands []int, target int) [][]int {
	var out [][]int
	times := make([]int, len(cands))
	var choose func(i, sum int)
	choose = func(i, sum int) {
		if i == len(cands) {
			if sum == target {
				var comb []int
				for j, n := range times {
					for range n {
						comb = append(comb, cands[j])
					}
				}
				out = append(out, comb)
			}
			return
		}
		for n := 0; sum+n*cands[i] <= target; n++ {
			times[i] = n
			choose(i+1, sum+n*cands[i])
		}
		times[i] = 0
	}
	choose(0, 0)
	return out
}

// canonical sorts each combination, then the list.
func canonical(combs [][]int) []string {
	keys := make([]string, len(combs))
	for i, c := range combs {
		s := slices.Clone(c)
		slices.Sort(s)
		keys[i] = fmt.Sprint(s)
	}
	sort.Strings(keys)
	return keys
}

func TestReferenceAgainstBruteForce(t *testing.T) {
	r := rand.New(rand.NewSource(12))
	for k := 0; k < 500; k++ {
		var cands []int
		var target int
		if k%2 == 0 {
			args := Generate(r, 1+r.Intn(30))
			cands, target = args[0].([]int), args[1].(int)
		} else {
			cands, target = kit.DistinctInts(r, 1+r.Intn(5), 1, 12), 1+r.Intn(25)
		}
		before := slices.Clone(cands)
		got := CombinationSum(cands, target)
		assert.Equal(t, canonical(brute(cands, target)), canonical(got), "candidates=%v target=%d", cands, target)
		assert.Equal(t, before, cands, "the reference must not change its input")
	}
}

func TestGeneratorKeepsTheRules(t *testing.T) {
	r := rand.New(rand.NewSource(13))
	sizes := append(append([]int{}, Random...), Ladder...)
	for k := 0; k < 300; k++ {
		n := sizes[k%len(sizes)]
		args := Generate(r, n)
		cands, target := args[0].([]int), args[1].(int)
		require.NotEmpty(t, cands)
		assert.LessOrEqual(t, len(cands), 30)
		assert.Equal(t, n, target)
		seen := map[int]bool{}
		for _, v := range cands {
			assert.True(t, v >= 1 && v <= 200, "candidate %d out of range", v)
			assert.False(t, seen[v], "candidate %d twice", v)
			seen[v] = true
		}
		got := CombinationSum(cands, target)
		assert.LessOrEqual(t, len(got), maxAnswers, "candidates=%v target=%d", cands, target)
		assert.Equal(t, count(cands, target), len(got), "candidates=%v target=%d", cands, target)
	}
}

// TestLadderAnswersAreLarge checks that the top of the ladder has an answer
// big enough to time.
func TestLadderAnswersAreLarge(t *testing.T) {
	r := rand.New(rand.NewSource(14))
	total := 0
	for range 20 {
		args := Generate(r, Ladder[len(Ladder)-1])
		total += len(CombinationSum(args[0].([]int), args[1].(int)))
	}
	assert.Greater(t, total/20, 1000, "the answers at the top of the ladder are too small to time")
}
