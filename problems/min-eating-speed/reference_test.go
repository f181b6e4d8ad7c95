package mineatingspeed

import (
	"math/rand"
	"testing"

	"github.com/grindjudge/grind/problems/kit"
	"github.com/grindjudge/grind/problems/problemtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReferenceOnStoredCases(t *testing.T) {
	problemtest.Cases(t, "min-eating-speed", MinEatingSpeed)
}

// simulate eats hour by hour at speed k and counts the hours, as the
// statement tells it.
func simulate(piles []int, k int) int {
	hours := 0
	for _, p := range piles {
		for p > 0 {
			p -= min(p, k)
			hours++
		}
	}
	return hours
}

// everySpeed tries k = 1, 2, 3, ... until the piles fit.
func everySpeed(piles []int, hours int) int {
	for k := 1; ; k++ {
		if simulate(piles, k) <= hours {
			return k
		}
	}
}

func TestReferenceAgainstEverySpeed(t *testing.T) {
	r := rand.New(rand.NewSource(41))
	for k := 0; k < 1000; k++ {
		n := 1 + r.Intn(12)
		var piles []int
		var hours int
		if k%2 == 0 {
			args := Generate(r, n)
			piles, hours = args[0].([]int), args[1].(int)
		} else {
			piles = kit.Ints(r, n, 1, 60)
			hours = n + r.Intn(3*n)
		}
		assert.Equal(t, everySpeed(piles, hours), MinEatingSpeed(piles, hours), "piles=%v hours=%d", piles, hours)
	}
}

func TestGeneratorKeepsTheRules(t *testing.T) {
	r := rand.New(rand.NewSource(42))
	roomy := 0
	for _, n := range append(append([]int{}, Random...), Ladder...) {
		for k := 0; k < 5; k++ {
			args := Generate(r, n)
			piles, hours := args[0].([]int), args[1].(int)
			require.Len(t, piles, n)
			total, largest := 0, 0
			for _, p := range piles {
				require.True(t, p >= 1 && p <= 1e9, "pile %d out of range", p)
				total += p
				largest = max(largest, p)
			}
			require.True(t, hours >= n && hours <= 1e9, "n=%d hours=%d", n, hours)
			if hours >= total {
				roomy++
			}
			if n >= 30 {
				// The answer is far above the average-based first guess,
				// and near the largest pile.
				guess := (total + hours - 1) / hours
				ans := MinEatingSpeed(piles, hours)
				assert.Greater(t, ans, guess+largest/20, "n=%d", n)
				assert.Greater(t, ans, largest/3, "n=%d", n)
			}
		}
	}
	assert.Positive(t, roomy, "some small cases let speed 1 finish")
}
