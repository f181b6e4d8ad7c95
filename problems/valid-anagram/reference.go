// Package validanagram is the reference for valid-anagram: two strings are
// anagrams when every letter occurs as often in one as in the other.
package validanagram

import (
	"math/rand"

	"github.com/grindjudge/grind/problems/kit"
)

// IsAnagram counts each letter up for s and down for t: anagrams leave every
// counter at zero. One pass, O(n) time, 26 counters.
func IsAnagram(s, t string) bool {
	if len(s) != len(t) {
		return false
	}
	var count [26]int
	for i := 0; i < len(s); i++ {
		count[s[i]-'a']++
		count[t[i]-'a']--
	}
	for _, c := range count {
		if c != 0 {
			return false
		}
	}
	return true
}

// MaxLen is the longest string the statement allows.
const MaxLen = 100_000

// Ladder is the sizes of the scaling ladder (the length of s): 64x from
// bottom to top, the top at the longest string the statement allows. The
// reference takes well under a millisecond there; the limit is the 100 ms
// floor, which an O(n^2) solution overshoots many times over while an
// O(n log n) sort of both strings still passes.
var Ladder = []int{1562, 3125, 6250, 12500, 25000, 50000, 100000}

// Random is the sizes of the random hidden cases.
var Random = []int{0, 1, 2, 3, 4, 6, 9, 15, 40, 300}

// Generate returns s of length n over a random part of the alphabet (a few
// letters, so counts run high, up to all 26) and t built from it: half the
// time a shuffle of s (the answer is true, and a solution must look at
// everything), otherwise a shuffle with one letter replaced by another, or,
// below 1000 letters only, with a letter added or removed. Large cases keep
// the lengths equal: a length check alone must never settle a ladder case.
func Generate(r *rand.Rand, n int) []any {
	letters := []byte(kit.Lowercase)
	r.Shuffle(len(letters), func(i, j int) { letters[i], letters[j] = letters[j], letters[i] })
	alphabet := string(letters[:1+r.Intn(26)])
	s := kit.String(r, n, alphabet)
	t := []byte(s)
	r.Shuffle(len(t), func(i, j int) { t[i], t[j] = t[j], t[i] })
	mode := r.Intn(6)
	if n >= 1000 {
		mode = r.Intn(5)
	}
	switch {
	case mode < 3 || n == 0 && mode < 5:
		// an anagram
	case mode < 5:
		// One letter becomes another: same length, one count up, one down.
		i := r.Intn(n)
		c := t[i]
		for c == t[i] {
			if r.Intn(2) == 0 {
				c = alphabet[r.Intn(len(alphabet))]
			} else {
				c = kit.Lowercase[r.Intn(26)]
			}
		}
		t[i] = c
	case n < MaxLen && (n == 0 || r.Intn(2) == 0):
		// One letter more, often one s already has.
		i := r.Intn(n + 1)
		c := alphabet[r.Intn(len(alphabet))]
		t = append(t[:i], append([]byte{c}, t[i:]...)...)
	default:
		// One letter fewer.
		i := r.Intn(n)
		t = append(t[:i], t[i+1:]...)
	}
	return []any{s, string(t)}
}
