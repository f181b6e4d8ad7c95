package nqueenscount

import (
	"math/rand"
	"testing"

	"github.com/grindjudge/grind/problems/problemtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReferenceOnStoredCases(t *testing.T) {
	problemtest.Cases(t, "n-queens-count", TotalNQueens)
}

// brute tries every way to choose n squares of the board and checks every
// pair of queens by the definition of an attack.
func brute(n int) int {
	cells := n * n
	count := 0
	var choose func(start int, picked []int)
	choose = func(start int, picked []int) {
		if len(picked) == n {
			for i := range picked {
				for j := i + 1; j < len(picked); j++ {
					r1, c1 := picked[i]/n, picked[i]%n
					r2, c2 := picked[j]/n, picked[j]%n
					if r1 == r2 || c1 == c2 || r1-c1 == r2-c2 || r1+c1 == r2+c2 {
						return
					}
				}
			}
			count++
			return
		}
		for s := start; s < cells; s++ {
			choose(s+1, append(picked, s))
		}
	}
	choose(0, nil)
	return count
}

// permutations tries every arrangement of one queen per row and column.
func permutations(n int) int {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	count := 0
	var gen func(k int)
	gen = func(k int) {
		if k == n {
			for i := range p {
				for j := i + 1; j < n; j++ {
					if j-i == p[j]-p[i] || j-i == p[i]-p[j] {
						return
					}
				}
			}
			count++
			return
		}
		for i := k; i < n; i++ {
			p[k], p[i] = p[i], p[k]
			gen(k + 1)
			p[k], p[i] = p[i], p[k]
		}
	}
	gen(0)
	return count
}

func TestReferenceAgainstBruteForce(t *testing.T) {
	for n := 1; n <= 6; n++ {
		assert.Equal(t, brute(n), TotalNQueens(n), "n=%d (every choice of squares)", n)
	}
	for n := 1; n <= 9; n++ {
		assert.Equal(t, permutations(n), TotalNQueens(n), "n=%d (every permutation)", n)
	}
}

// TestReferenceOnKnownCounts checks the boards the hand-written cases leave
// to the generated ones against the published counts.
func TestReferenceOnKnownCounts(t *testing.T) {
	known := map[int]int{1: 1, 2: 0, 3: 0, 4: 2, 5: 10, 6: 4, 7: 40, 8: 92, 9: 352, 10: 724, 11: 2680, 12: 14200, 13: 73712}
	for n, want := range known {
		assert.Equal(t, want, TotalNQueens(n), "n=%d", n)
	}
}

func TestGeneratorStaysInRange(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for _, n := range append(append([]int{}, Ladder...), Random...) {
		args := Generate(r, n)
		require.Len(t, args, 1)
		m := args[0].(int)
		assert.True(t, m >= 1 && m <= 13, "n=%d out of range", m)
	}
}
