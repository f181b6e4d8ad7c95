package groupanagrams

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
	problemtest.Cases(t, "group-anagrams", GroupAnagrams)
}

func sortedLetters(w string) string {
	b := []byte(w)
	sort.Slice(b, func(i, j int) bool { return b[i] < b[j] })
	return string(b)
}

// brute puts each word into the first group whose first word sorts to the
// same letters: the obvious quadratic grouping.
func brute(words []string) [][]string {
	var groups [][]string
	for _, w := range words {
		placed := false
		for g := range groups {
			if sortedLetters(groups[g][0]) == sortedLetters(w) {
				groups[g] = append(groups[g], w)
				placed = true
				break
			}
		}
		if !placed {
			groups = append(groups, []string{w})
		}
	}
	return groups
}

// canon sorts the words of every group, then the groups, so that two
// groupings compare equal exactly when they are the same up to order.
func canon(groups [][]string) []string {
	out := make([]string, len(groups))
	for i, g := range groups {
		g = append([]string(nil), g...)
		sort.Strings(g)
		out[i] = strings.Join(g, ",") + ";"
	}
	sort.Strings(out)
	return out
}

func TestReferenceAgainstBruteForce(t *testing.T) {
	r := rand.New(rand.NewSource(15))
	for round := 0; round < 600; round++ {
		var words []string
		if round%2 == 0 {
			words = Generate(r, r.Intn(40))[0].([]string)
		} else {
			words = make([]string, r.Intn(15))
			for i := range words {
				words[i] = kit.String(r, r.Intn(4), "abc")
			}
		}
		assert.Equal(t, canon(brute(words)), canon(GroupAnagrams(words)), "words=%q", words)
	}
}

func TestGeneratorKeepsTheRules(t *testing.T) {
	r := rand.New(rand.NewSource(16))
	sizes := append([]int{0, 1, 99, 1000, 20000, MaxWords}, Random...)
	for round := 0; round < 60; round++ {
		n := sizes[round%len(sizes)]
		words := Generate(r, n)[0].([]string)
		require.Len(t, words, n)
		total := 0
		for _, w := range words {
			total += len(w)
			assert.LessOrEqual(t, len(w), MaxWordLen)
			assert.Empty(t, strings.Trim(w, kit.Lowercase), "only lowercase letters: %q", w)
		}
		assert.LessOrEqual(t, total, MaxTotal)
		if n >= 1000 {
			// Many small groups: a solution comparing each word with every
			// group does quadratic work.
			assert.Greater(t, len(GroupAnagrams(words)), n/6, "groups for n=%d", n)
		}
		if n == MaxWords {
			assert.Greater(t, total, MaxTotal*9/10, "the largest case comes near the letter budget")
		}
	}
}
