package generateparentheses

import (
	"math/rand"
	"slices"
	"testing"

	"github.com/grindjudge/grind/problems/problemtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReferenceOnStoredCases(t *testing.T) {
	problemtest.Cases(t, "generate-parentheses", GenerateParentheses)
}

func balanced(s string) bool {
	depth := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '(' {
			depth++
		} else {
			depth--
		}
		if depth < 0 {
			return false
		}
	}
	return depth == 0
}

// brute writes all 4^n strings of 2n brackets, in order, and keeps the
// balanced ones.
func brute(n int) []string {
	var out []string
	for mask := 0; mask < 1<<(2*n); mask++ {
		b := make([]byte, 2*n)
		for i := range b {
			b[i] = "()"[mask>>(2*n-1-i)&1]
		}
		if balanced(string(b)) {
			out = append(out, string(b))
		}
	}
	return out
}

func TestReferenceAgainstBruteForce(t *testing.T) {
	for n := 1; n <= 9; n++ {
		got := GenerateParentheses(n)
		sorted := slices.Clone(got)
		slices.Sort(sorted)
		assert.Equal(t, brute(n), sorted, "n=%d", n)
		assert.Len(t, slices.Compact(sorted), len(got), "n=%d: duplicates", n)
	}
}

func TestReferenceCountsAreCatalan(t *testing.T) {
	catalan := []int{1, 1, 2, 5, 14, 42, 132, 429, 1430, 4862, 16796, 58786, 208012}
	for n := 1; n <= 12; n++ {
		got := GenerateParentheses(n)
		require.Len(t, got, catalan[n], "n=%d", n)
		seen := make(map[string]bool, len(got))
		for _, s := range got {
			assert.True(t, len(s) == 2*n && balanced(s), "n=%d: %q is not a balanced string of n pairs", n, s)
			assert.False(t, seen[s], "n=%d: %q twice", n, s)
			seen[s] = true
		}
	}
}

func TestGeneratorStaysInRange(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for _, n := range append(append([]int{}, Ladder...), Random...) {
		args := Generate(r, n)
		require.Len(t, args, 1)
		m := args[0].(int)
		assert.True(t, m >= 1 && m <= 12, "n=%d out of range", m)
	}
}
