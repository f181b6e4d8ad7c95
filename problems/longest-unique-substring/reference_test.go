package longestuniquesubstring

import (
	"math/rand"
	"testing"

	"github.com/grindjudge/grind/problems/kit"
	"github.com/grindjudge/grind/problems/problemtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReferenceOnStoredCases(t *testing.T) {
	problemtest.Cases(t, "longest-unique-substring", LengthOfLongestSubstring)
}

// brute checks every substring.
func brute(s string) int {
	best := 0
	for i := 0; i < len(s); i++ {
		for j := i; j < len(s); j++ {
			seen, unique := map[byte]bool{}, true
			for k := i; k <= j; k++ {
				unique = unique && !seen[s[k]]
				seen[s[k]] = true
			}
			if unique {
				best = max(best, j-i+1)
			}
		}
	}
	return best
}

func TestReferenceAgainstBruteForce(t *testing.T) {
	r := rand.New(rand.NewSource(21))
	for k := 0; k < 1000; k++ {
		var s string
		if k%2 == 0 {
			s = Generate(r, r.Intn(30))[0].(string)
		} else {
			s = kit.String(r, r.Intn(30), printable[:r.Intn(len(printable))+1])
		}
		assert.Equal(t, brute(s), LengthOfLongestSubstring(s), "s=%q", s)
	}
}

func TestGeneratorKeepsTheRules(t *testing.T) {
	r := rand.New(rand.NewSource(22))
	for _, n := range []int{0, 1, 2, 10, 999, 1000, 1562, 100000} {
		s := Generate(r, n)[0].(string)
		require.Len(t, s, n)
		for i := 0; i < n; i++ {
			if s[i] < 32 || s[i] > 126 {
				t.Fatalf("n=%d: s[%d] = %d is not printable", n, i, s[i])
			}
		}
		got := LengthOfLongestSubstring(s)
		if n >= 1000 {
			assert.Greater(t, got, 80, "n=%d: long windows", n)
		} else if n > 0 {
			assert.LessOrEqual(t, got, 6, "n=%d: a small alphabet", n)
		}
	}
}
