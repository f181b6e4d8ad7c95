package reversewords

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
	problemtest.Cases(t, "reverse-words", ReverseWords)
}

// brute splits on single spaces, drops the empty pieces, reverses and joins.
func brute(s string) string {
	var words []string
	for _, w := range strings.Split(s, " ") {
		if w != "" {
			words = append(words, w)
		}
	}
	for i, j := 0, len(words)-1; i < j; i, j = i+1, j-1 {
		words[i], words[j] = words[j], words[i]
	}
	return strings.Join(words, " ")
}

func TestReferenceAgainstBruteForce(t *testing.T) {
	r := rand.New(rand.NewSource(12))
	for k := 0; k < 1500; k++ {
		var s string
		if k%2 == 0 {
			s = Generate(r, r.Intn(40))[0].(string)
		} else {
			s = kit.String(r, r.Intn(20), "ab  ,1")
		}
		assert.Equal(t, brute(s), ReverseWords(s), "s=%q", s)
	}
}

func TestGeneratorKeepsTheRules(t *testing.T) {
	r := rand.New(rand.NewSource(13))
	ends := map[[2]bool]int{}
	for _, n := range []int{0, 1, 2, 5, 30, 1000, 5000, 7812, 500000} {
		for rep := 0; rep < 6; rep++ {
			s := Generate(r, n)[0].(string)
			require.Len(t, s, n)
			for i := 0; i < n; i++ {
				if s[i] < 32 || s[i] > 126 {
					t.Fatalf("n=%d: s[%d] = %d is not printable", n, i, s[i])
				}
			}
			if n >= 1000 {
				words := strings.Fields(s)
				assert.Greater(t, len(words), n/8, "many short words")
				assert.Contains(t, s, "  ", "runs of spaces")
				ends[[2]bool{strings.HasPrefix(s, " "), strings.HasSuffix(s, " ")}]++
			}
		}
	}
	assert.Len(t, ends, 4, "spaces before, after, both and neither all occur")
}
