package containermostwater

import (
	"math/rand"
	"testing"

	"github.com/grindjudge/grind/problems/kit"
	"github.com/grindjudge/grind/problems/problemtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReferenceOnStoredCases(t *testing.T) {
	problemtest.Cases(t, "container-most-water", MaxArea)
}

// brute measures every pair of lines.
func brute(heights []int) int {
	best := 0
	for i := range heights {
		for j := i + 1; j < len(heights); j++ {
			best = max(best, min(heights[i], heights[j])*(j-i))
		}
	}
	return best
}

func TestReferenceAgainstBruteForce(t *testing.T) {
	r := rand.New(rand.NewSource(17))
	for k := 0; k < 600; k++ {
		n := 2 + r.Intn(40)
		var heights []int
		switch k % 3 {
		case 0:
			heights = Generate(r, n)[0].([]int)
		case 1:
			heights = kit.Ints(r, n, 0, 4)
		default:
			heights = kit.Ints(r, n, 0, 1_000_000_000)
		}
		assert.Equal(t, brute(heights), MaxArea(heights), "heights=%v", heights)
	}
}

func TestGeneratorKeepsTheRules(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	spikeNotInBest := 0
	for k := 0; k < 300; k++ {
		n := 2 + r.Intn(100)
		heights := Generate(r, n)[0].([]int)
		require.Len(t, heights, n)
		tallest := 0
		for i, h := range heights {
			require.True(t, h >= 0 && h <= 1_000_000_000, "height %d out of range", h)
			if h > heights[tallest] {
				tallest = i
			}
		}
		withTallest := 0
		for i, h := range heights {
			if i != tallest {
				withTallest = max(withTallest, min(h, heights[tallest])*max(i-tallest, tallest-i))
			}
		}
		if withTallest < brute(heights) {
			spikeNotInBest++
		}
	}
	assert.Greater(t, spikeNotInBest, 60, "the best pair must often leave out the tallest line")
}
