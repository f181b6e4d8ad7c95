package validanagram

import (
	"math/rand"
	"sort"
	"strings"
	"testing"

	"github.com/grindjudge/grind/problems/kit"
	"github.com/grindjudge/grind/problems/problemtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReferenceOnStoredCases(t *testing.T) {
	problemtest.Cases(t, "valid-anagram", IsAnagram)
}

// sorted returns the letters of s in order: anagrams sort to the same string.
func sorted(s string) string {
	b := []byte(s)
	sort.Slice(b, func(i, j int) bool { return b[i] < b[j] })
	return string(b)
}

func TestReferenceAgainstBruteForce(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	for k := 0; k < 1000; k++ {
		var s, u string
		switch k % 3 {
		case 0:
			args := Generate(r, r.Intn(30))
			s, u = args[0].(string), args[1].(string)
		case 1:
			// Independent strings over a tiny alphabet: often anagrams by chance.
			s, u = kit.String(r, r.Intn(6), "ab"), kit.String(r, r.Intn(6), "ab")
		default:
			s, u = kit.String(r, r.Intn(12), "xyz"), kit.String(r, r.Intn(12), "xyz")
		}
		assert.Equal(t, sorted(s) == sorted(u), IsAnagram(s, u), "s=%q t=%q", s, u)
	}
}

func TestGeneratorKeepsTheRules(t *testing.T) {
	r := rand.New(rand.NewSource(8))
	answers := map[bool]int{}
	sizes := append([]int{0, 1, 2, 5, 50, MaxLen}, Random...)
	for k := 0; k < 300; k++ {
		n := sizes[k%len(sizes)]
		args := Generate(r, n)
		s, u := args[0].(string), args[1].(string)
		require.Len(t, s, n)
		assert.LessOrEqual(t, len(u), MaxLen)
		assert.LessOrEqual(t, abs(len(u)-len(s)), 1)
		if n >= 1000 {
			assert.Equal(t, len(s), len(u), "large cases keep the lengths equal")
		}
		for _, str := range []string{s, u} {
			assert.Empty(t, strings.Trim(str, kit.Lowercase), "only lowercase letters")
		}
		answers[IsAnagram(s, u)]++
	}
	assert.Greater(t, answers[true], 60, "anagrams")
	assert.Greater(t, answers[false], 60, "non-anagrams")
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
