package trappingrainwater

import (
	"math/rand"
	"testing"

	"github.com/grindjudge/grind/problems/kit"
	"github.com/grindjudge/grind/problems/problemtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReferenceOnStoredCases(t *testing.T) {
	problemtest.Cases(t, "trapping-rain-water", TrapRainWater)
}

// brute finds, for every column, the tallest bar on each side (itself
// included) and adds the water above it.
func brute(heights []int) int {
	water := 0
	for i, h := range heights {
		left, right := 0, 0
		for _, x := range heights[:i+1] {
			left = max(left, x)
		}
		for _, x := range heights[i:] {
			right = max(right, x)
		}
		water += min(left, right) - h
	}
	return water
}

// flood pours water one unit of height at a time: at each level, a gap
// below that level counts when bars at least that high stand on both sides.
func flood(heights []int) int {
	water := 0
	for level := 1; level <= 8; level++ {
		first, last := -1, -1
		for i, h := range heights {
			if h >= level {
				if first < 0 {
					first = i
				}
				last = i
			}
		}
		for i := first + 1; first >= 0 && i < last; i++ {
			if heights[i] < level {
				water++
			}
		}
	}
	return water
}

func TestReferenceAgainstBruteForce(t *testing.T) {
	r := rand.New(rand.NewSource(37))
	for k := 0; k < 600; k++ {
		n := r.Intn(40)
		var heights []int
		switch k % 3 {
		case 0:
			heights = Generate(r, n)[0].([]int)
		case 1:
			heights = kit.Ints(r, n, 0, 8)
			assert.Equal(t, flood(heights), TrapRainWater(heights), "heights=%v", heights)
		default:
			heights = kit.Ints(r, n, 0, 1_000_000_000)
		}
		assert.Equal(t, brute(heights), TrapRainWater(heights), "heights=%v", heights)
	}
}

func TestGeneratorKeepsTheRules(t *testing.T) {
	r := rand.New(rand.NewSource(41))
	waterRightOfTallest, holdsWater := 0, 0
	for k := 0; k < 300; k++ {
		n := r.Intn(200)
		heights := Generate(r, n)[0].([]int)
		require.Len(t, heights, n)
		tallest := 0
		for i, h := range heights {
			require.True(t, h >= 0 && h <= 1_000_000_000, "height %d out of range", h)
			if h > heights[tallest] {
				tallest = i
			}
		}
		if TrapRainWater(heights) > 0 {
			holdsWater++
		}
		if n > 0 && TrapRainWater(heights[tallest:]) > 0 {
			waterRightOfTallest++
		}
	}
	assert.Greater(t, holdsWater, 250, "most inputs must hold water")
	assert.Greater(t, waterRightOfTallest, 150, "water right of the tallest bar must be common")
}
