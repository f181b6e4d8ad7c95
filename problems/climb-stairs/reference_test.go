package climbstairs

import (
	"math/big"
	"math/rand"
	"testing"

	"github.com/grindjudge/grind/problems/problemtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReferenceOnStoredCases(t *testing.T) {
	problemtest.Cases(t, "climb-stairs", ClimbStairs)
}

// count is the definition, counted by brute force: every sequence of 1s and
// 2s, enumerated one move at a time.
func count(n int) int {
	if n < 0 {
		return 0
	}
	if n == 0 {
		return 1
	}
	return count(n-1) + count(n-2)
}

func TestReferenceAgainstBruteForce(t *testing.T) {
	for n := 1; n <= 25; n++ {
		assert.Equal(t, count(n), ClimbStairs(n), "n=%d", n)
	}
}

// TestReferenceAgainstBigIntegers checks every n up to the maximum with
// arbitrary precision, so an overflow anywhere would show.
func TestReferenceAgainstBigIntegers(t *testing.T) {
	a, b := big.NewInt(1), big.NewInt(1)
	for n := 1; n <= 90; n++ {
		require.True(t, b.IsInt64(), "the answer for n=%d must fit in an int64", n)
		assert.Equal(t, b.Int64(), int64(ClimbStairs(n)), "n=%d", n)
		a, b = b, new(big.Int).Add(a, b)
	}
}

func TestGeneratorStaysInRange(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for _, n := range append(append([]int{}, Ladder...), Random...) {
		args := Generate(r, n)
		require.Len(t, args, 1)
		m := args[0].(int)
		assert.True(t, m >= 1 && m <= 90, "n=%d out of range", m)
	}
}
