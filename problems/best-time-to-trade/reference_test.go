package besttimetotrade

import (
	"math/rand"
	"testing"

	"github.com/grindjudge/grind/problems/kit"
	"github.com/grindjudge/grind/problems/problemtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReferenceOnStoredCases(t *testing.T) {
	problemtest.Cases(t, "best-time-to-trade", MaxProfit)
}

// brute tries every buy day and every later sell day.
func brute(prices []int) int {
	best := 0
	for i := range prices {
		for j := i + 1; j < len(prices); j++ {
			best = max(best, prices[j]-prices[i])
		}
	}
	return best
}

func TestReferenceAgainstBruteForce(t *testing.T) {
	r := rand.New(rand.NewSource(6))
	for k := 0; k < 600; k++ {
		n := 1 + r.Intn(40)
		var prices []int
		switch k % 3 {
		case 0:
			prices = Generate(r, n)[0].([]int)
		case 1:
			prices = kit.Ints(r, n, 0, 6)
		default:
			prices = kit.Ints(r, n, 0, 1_000_000_000)
		}
		assert.Equal(t, brute(prices), MaxProfit(prices), "prices=%v", prices)
	}
}

func TestGeneratorKeepsTheRules(t *testing.T) {
	r := rand.New(rand.NewSource(12))
	zero, extremesWrong := 0, 0
	for k := 0; k < 300; k++ {
		n := 1 + r.Intn(200)
		prices := Generate(r, n)[0].([]int)
		require.Len(t, prices, n)
		lo, hi := 0, 0
		for i, p := range prices {
			require.True(t, p >= 0 && p <= 1_000_000_000, "price %d out of range", p)
			if p < prices[lo] {
				lo = i
			}
			if p > prices[hi] {
				hi = i
			}
		}
		best := MaxProfit(prices)
		if best == 0 {
			zero++
		}
		if lo > hi && best > 0 {
			extremesWrong++ // the global low comes after the global high
		}
	}
	assert.Greater(t, zero, 20, "inputs with no profit must come up")
	assert.Greater(t, extremesWrong, 100, "the global low must often follow the global high")
}
