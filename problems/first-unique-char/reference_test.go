package firstuniquechar

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
	problemtest.Cases(t, "first-unique-char", FirstUniqueChar)
}

// brute counts the letter at each position across the whole string.
func brute(s string) int {
	for i := range s {
		if strings.Count(s, s[i:i+1]) == 1 {
			return i
		}
	}
	return -1
}

func TestReferenceAgainstBruteForce(t *testing.T) {
	r := rand.New(rand.NewSource(6))
	for k := 0; k < 1000; k++ {
		var s string
		switch k % 3 {
		case 0:
			s = Generate(r, r.Intn(40))[0].(string)
		case 1:
			s = kit.String(r, r.Intn(10), "abc")
		default:
			s = kit.String(r, r.Intn(30), kit.Lowercase)
		}
		assert.Equal(t, brute(s), FirstUniqueChar(s), "s=%q", s)
	}
}

func TestGeneratorKeepsTheRules(t *testing.T) {
	r := rand.New(rand.NewSource(12))
	none := 0
	sizes := append([]int{0, 1, 2, 3, 19, 20, 21, 1000, MaxLen}, Random...)
	for k := 0; k < 400; k++ {
		n := sizes[k%len(sizes)]
		s := Generate(r, n)[0].(string)
		require.Len(t, s, n)
		assert.Empty(t, strings.Trim(s, kit.Lowercase), "only lowercase letters")
		count := map[rune]int{}
		for _, c := range s {
			count[c]++
		}
		unique := 0
		for _, c := range count {
			if c == 1 {
				unique++
			}
		}
		assert.LessOrEqual(t, unique, 5, "s=%q", s)
		first := FirstUniqueChar(s)
		if first < 0 {
			none++
		} else if n >= 20 {
			assert.GreaterOrEqual(t, first, n-max(n/10, 5), "the first unique letter is late; s=%q", s)
		}
	}
	assert.Greater(t, none, 40, "some strings have no unique letter")
}
