package minwindowsubstring

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
	problemtest.Cases(t, "min-window-substring", MinWindow)
}

// covers reports whether w holds every character of t as often as t does.
func covers(w, t string) bool {
	for i := 0; i < len(t); i++ {
		if strings.Count(w, t[i:i+1]) < strings.Count(t, t[i:i+1]) {
			return false
		}
	}
	return true
}

// brute tries the windows shortest first, left to right.
func brute(s, t string) string {
	for length := 1; length <= len(s); length++ {
		for i := 0; i+length <= len(s); i++ {
			if covers(s[i:i+length], t) {
				return s[i : i+length]
			}
		}
	}
	return ""
}

func TestReferenceAgainstBruteForce(t *testing.T) {
	r := rand.New(rand.NewSource(51))
	found := 0
	for k := 0; k < 1500; k++ {
		var s, tt string
		if k%2 == 0 {
			args := Generate(r, 1+r.Intn(25))
			s, tt = args[0].(string), args[1].(string)
		} else {
			s, tt = kit.String(r, 1+r.Intn(20), "abcA"), kit.String(r, 1+r.Intn(5), "abcdA")
		}
		want := brute(s, tt)
		if want != "" {
			found++
		}
		assert.Equal(t, want, MinWindow(s, tt), "s=%q t=%q", s, tt)
	}
	assert.Greater(t, found, 500)
	assert.Less(t, found, 1400)
}

func TestGeneratorKeepsTheRules(t *testing.T) {
	r := rand.New(rand.NewSource(52))
	letters := kit.Lowercase + strings.ToUpper(kit.Lowercase)
	for _, n := range append(append([]int{}, Random...), Ladder...) {
		args := Generate(r, n)
		s, tt := args[0].(string), args[1].(string)
		require.Len(t, s, n)
		require.GreaterOrEqual(t, len(tt), 1)
		require.LessOrEqual(t, len(tt), 10000)
		require.Empty(t, strings.Trim(s+tt, letters))
		if n >= 1000 {
			// the window runs from the 'Z' to the 'Y'
			z, y := strings.IndexByte(s, 'Z'), strings.IndexByte(s, 'Y')
			assert.Equal(t, s[z:y+1], MinWindow(s, tt), "n=%d", n)
			assert.Greater(t, y-z, n/4)
			assert.Equal(t, n/10, len(tt))
		}
	}
}
