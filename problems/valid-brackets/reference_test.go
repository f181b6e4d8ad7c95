package validbrackets

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
	problemtest.Cases(t, "valid-brackets", IsValidBrackets)
}

// brute deletes adjacent matching pairs until none is left: the string is
// valid exactly when that empties it.
func brute(s string) bool {
	for {
		t := strings.NewReplacer("()", "", "[]", "", "{}", "").Replace(s)
		if t == s {
			return s == ""
		}
		s = t
	}
}

func TestReferenceAgainstBruteForce(t *testing.T) {
	r := rand.New(rand.NewSource(6))
	seen := map[bool]int{}
	for k := 0; k < 2000; k++ {
		n := r.Intn(16)
		var s string
		if k%2 == 0 {
			s = Generate(r, n)[0].(string)
		} else {
			s = kit.String(r, n, "()[]{}")
		}
		want := brute(s)
		seen[want]++
		assert.Equal(t, want, IsValidBrackets(s), "s=%q", s)
	}
	assert.Greater(t, seen[true], 200)
	assert.Greater(t, seen[false], 200)
}

func TestGeneratorKeepsTheRules(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	for _, n := range Ladder[:3] {
		for rep := 0; rep < 4; rep++ {
			s := Generate(r, n)[0].(string)
			require.Len(t, s, n)
			require.Empty(t, strings.Trim(s, "()[]{}"))
			// Openers and closers balance, and the nesting is deep.
			depth, deepest := 0, 0
			for i := 0; i < len(s); i++ {
				if strings.IndexByte(opens, s[i]) >= 0 {
					depth++
				} else {
					depth--
				}
				deepest = max(deepest, depth)
			}
			assert.Equal(t, 0, depth)
			assert.Greater(t, deepest, n/10, "n=%d", n)
			// Exactly one closing bracket at the end makes it valid.
			fits := 0
			for _, c := range closes {
				if IsValidBrackets(s[:n-1] + string(c)) {
					fits++
				}
			}
			assert.Equal(t, 1, fits)
		}
	}
}
