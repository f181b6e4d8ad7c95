package validpalindrome

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/grindjudge/grind/problems/kit"
	"github.com/grindjudge/grind/problems/problemtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReferenceOnStoredCases(t *testing.T) {
	problemtest.Cases(t, "valid-palindrome", IsPalindrome)
}

// brute keeps the letters and digits in lower case and compares the result
// with its reverse.
func brute(s string) bool {
	var kept []byte
	for _, c := range []byte(strings.ToLower(s)) {
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			kept = append(kept, c)
		}
	}
	for i := range kept {
		if kept[i] != kept[len(kept)-1-i] {
			return false
		}
	}
	return true
}

func TestReferenceAgainstBruteForce(t *testing.T) {
	r := rand.New(rand.NewSource(8))
	seen := map[bool]int{}
	for k := 0; k < 1500; k++ {
		n := r.Intn(25)
		var s string
		switch k % 3 {
		case 0:
			s = Generate(r, n)[0].(string)
		case 1:
			s = kit.String(r, n, "aAbB01 ,_[`")
		default:
			// short palindromes over a tiny alphabet, with symbols mixed in
			half := kit.String(r, n/2, "aAb1")
			rev := []byte(strings.ToUpper(half))
			for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
				rev[i], rev[j] = rev[j], rev[i]
			}
			s = half + kit.String(r, r.Intn(3), "x.^ ") + string(rev)
		}
		want := brute(s)
		seen[want]++
		assert.Equal(t, want, IsPalindrome(s), "s=%q", s)
	}
	assert.Greater(t, seen[true], 300)
	assert.Greater(t, seen[false], 300)
}

func TestGeneratorKeepsTheRules(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for _, n := range []int{0, 1, 2, 3, 10, 100, 1000, 5000, 100000} {
		for rep := 0; rep < 4; rep++ {
			s := Generate(r, n)[0].(string)
			require.Len(t, s, n)
			for i := 0; i < len(s); i++ {
				require.True(t, s[i] >= 32 && s[i] <= 126, "byte %d of %q is not printable", i, s)
			}
			if n >= 1000 {
				// The long strings agree on every pair but perhaps the
				// innermost one, so a scan cannot stop early.
				var kept []byte
				for _, c := range []byte(strings.ToLower(s)) {
					if fold[c] != 0 {
						kept = append(kept, c)
					}
				}
				m := len(kept)
				for i := 0; i < m/2-1; i++ {
					require.Equal(t, kept[i], kept[m-1-i], "n=%d pair %d", n, i)
				}
				assert.Greater(t, m, n/2)
			}
		}
	}
}
