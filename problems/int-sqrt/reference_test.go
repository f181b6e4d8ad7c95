package intsqrt

import (
	"math/big"
	"math/rand"
	"testing"

	"github.com/grindjudge/grind/problems/problemtest"
	"github.com/stretchr/testify/assert"
)

func TestReferenceOnStoredCases(t *testing.T) {
	problemtest.Cases(t, "int-sqrt", IntSqrt)
}

// countUp tries every root in turn: obviously right for small x.
func countUp(x int) int {
	r := 0
	for (r+1)*(r+1) <= x {
		r++
	}
	return r
}

// bigSqrt is math/big's exact integer square root.
func bigSqrt(x int) int {
	return int(new(big.Int).Sqrt(big.NewInt(int64(x))).Int64())
}

func TestReferenceAgainstCountingUp(t *testing.T) {
	for x := 0; x <= 20000; x++ {
		if got, want := IntSqrt(x), countUp(x); got != want {
			t.Fatalf("IntSqrt(%d) = %d, want %d", x, got, want)
		}
	}
}

func TestReferenceAgainstBigSqrt(t *testing.T) {
	r := rand.New(rand.NewSource(6))
	check := func(x int) {
		t.Helper()
		if got, want := IntSqrt(x), bigSqrt(x); got != want {
			t.Fatalf("IntSqrt(%d) = %d, want %d", x, got, want)
		}
	}
	for k := 0; k < 2000; k++ {
		check(r.Intn(1e18 + 1))
		check(Generate(r, Random[r.Intn(len(Random))])[0].(int))
		// around perfect squares of every magnitude
		s := r.Intn(1e9 + 1)
		for d := -2; d <= 2; d++ {
			if x := s*s + d; x >= 0 && x <= 1e18 {
				check(x)
			}
		}
	}
	for _, n := range Ladder {
		check(n)
		check(n - 1)
	}
}

func TestGeneratorStaysInRange(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	squares, belowSquares := 0, 0
	for _, n := range append(append([]int{0}, Ladder...), Random...) {
		for k := 0; k < 20; k++ {
			x := Generate(r, n)[0].(int)
			assert.True(t, x >= 0 && x <= n && x <= 1e18, "n=%d x=%d", n, x)
			if n >= 1e6 {
				assert.GreaterOrEqual(t, x, n/2-1, "n=%d x=%d", n, x)
			}
			s := bigSqrt(x)
			switch {
			case s*s == x:
				squares++
			case (s+1)*(s+1) == x+1:
				belowSquares++
			}
		}
	}
	assert.Positive(t, squares)
	assert.Positive(t, belowSquares)
}
