package longestcommonprefix

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
	problemtest.Cases(t, "longest-common-prefix", LongestCommonPrefix)
}

// brute tries every prefix of the first word, longest first, and returns
// the first one that every word starts with.
func brute(words []string) string {
	if len(words) == 0 {
		return ""
	}
	for l := len(words[0]); l > 0; l-- {
		p, all := words[0][:l], true
		for _, w := range words {
			all = all && strings.HasPrefix(w, p)
		}
		if all {
			return p
		}
	}
	return ""
}

func TestReferenceAgainstBruteForce(t *testing.T) {
	r := rand.New(rand.NewSource(4))
	nonEmpty := 0
	for k := 0; k < 1500; k++ {
		var words []string
		if k%2 == 0 {
			words = Generate(r, r.Intn(40))[0].([]string)
		} else {
			words = make([]string, r.Intn(6))
			for i := range words {
				words[i] = kit.String(r, r.Intn(6), "ab")
			}
		}
		want := brute(words)
		if want != "" {
			nonEmpty++
		}
		assert.Equal(t, want, LongestCommonPrefix(words), "words=%q", words)
	}
	assert.Greater(t, nonEmpty, 300)
}

func TestGeneratorKeepsTheRules(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	for _, n := range []int{0, 1, 5, 100, 3000, 5000, 9999, 10000, 15625, 250000, 1000000} {
		for rep := 0; rep < 3; rep++ {
			words := Generate(r, n)[0].([]string)
			require.LessOrEqual(t, len(words), MaxWords)
			total := 0
			for _, w := range words {
				total += len(w)
				require.Empty(t, strings.Trim(w, kit.Lowercase), "only lowercase letters")
			}
			require.LessOrEqual(t, total, max(n, 1)*2, "n=%d", n)
			require.LessOrEqual(t, total, 1000000)
			if n >= 3000 && n < 10000 {
				assert.Len(t, words, MaxWords)
			}
			if n >= 10000 {
				// The second word breaks away from the first at n/4, and
				// the answer is nearly n/8 long.
				assert.Equal(t, n/4, len(LongestCommonPrefix(words[:2])))
				assert.GreaterOrEqual(t, len(LongestCommonPrefix(words)), n/8-n/64)
				assert.LessOrEqual(t, total, n)
			}
		}
	}
}
