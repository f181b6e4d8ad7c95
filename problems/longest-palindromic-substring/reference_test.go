package longestpalindromicsubstring

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
	problemtest.Cases(t, "longest-palindromic-substring", LongestPalindrome, Check)
}

func isPalindrome(w string) bool {
	for i, j := 0, len(w)-1; i < j; i, j = i+1, j-1 {
		if w[i] != w[j] {
			return false
		}
	}
	return true
}

// longest checks every substring and returns the length of the longest
// palindrome.
func longest(s string) int {
	best := 0
	for i := range s {
		for j := i + 1; j <= len(s); j++ {
			if j-i > best && isPalindrome(s[i:j]) {
				best = j - i
			}
		}
	}
	return best
}

func TestReferenceAgainstBruteForce(t *testing.T) {
	r := rand.New(rand.NewSource(31))
	for k := 0; k < 1000; k++ {
		n := 1 + r.Intn(40)
		var s string
		if k%2 == 0 {
			s = Generate(r, n)[0].(string)
		} else {
			s = kit.String(r, n, "abc")
		}
		got := LongestPalindrome(s)
		assert.True(t, strings.Contains(s, got) && isPalindrome(got), "s=%q got=%q", s, got)
		assert.Equal(t, longest(s), len(got), "s=%q got=%q", s, got)
		assert.NoError(t, Check(s, got, got))
	}
}

func TestCheckRejects(t *testing.T) {
	s := "xabbaycdcz"
	assert.NoError(t, Check(s, "abba", "abba"))
	assert.Error(t, Check(s, "abba", "cdc"), "too short")
	assert.Error(t, Check(s, "abba", "abby"), "not a palindrome")
	assert.Error(t, Check(s, "abba", "baab"), "not in s")
	assert.Error(t, Check(s, "abba", ""), "empty")
	assert.Error(t, Check(s, "abba", "xabbay"), "not a palindrome")
	assert.NoError(t, Check("abcd", "a", "d"), "any single character")
}

func TestGeneratorKeepsTheRules(t *testing.T) {
	r := rand.New(rand.NewSource(32))
	for _, n := range append(append([]int{}, Random...), Ladder...) {
		s := Generate(r, n)[0].(string)
		require.Len(t, s, n)
		for i := 0; i < n; i++ {
			c := s[i]
			require.True(t, c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9', "s=%q", s)
		}
	}
	// On the ladder, the centres expand far: the total expansion is a good
	// fraction of n^2.
	for k := 0; k < 20; k++ {
		s := Generate(r, 1000)[0].(string)
		work := 0
		for c := 0; c < 2*len(s)-1; c++ {
			for l, rt := c/2, (c+1)/2; l >= 0 && rt < len(s) && s[l] == s[rt]; l, rt = l-1, rt+1 {
				work++
			}
		}
		assert.Greater(t, work, 1000*1000/40, "s=%q", s)
	}
}
