// Package firstuniquechar is the reference for first-unique-char: count every
// letter, then find the first whose count is one.
package firstuniquechar

import (
	"math/rand"

	"github.com/grindjudge/grind/problems/kit"
)

// FirstUniqueChar counts the letters in one pass and returns, in a second,
// the first index whose letter was counted once: O(n), 26 counters.
func FirstUniqueChar(s string) int {
	var count [26]int
	for i := 0; i < len(s); i++ {
		count[s[i]-'a']++
	}
	for i := 0; i < len(s); i++ {
		if count[s[i]-'a'] == 1 {
			return i
		}
	}
	return -1
}

// MaxLen is the longest string the statement allows.
const MaxLen = 100_000

// Ladder is the sizes of the scaling ladder: 64x from bottom to top, the top
// at the longest string the statement allows. The reference takes well under
// a millisecond there, so the limit is the 100 ms floor: an O(n^2) count per
// position overshoots it many times, a map-based count passes easily.
var Ladder = []int{1562, 3125, 6250, 12500, 25000, 50000, 100000}

// Random is the sizes of the random hidden cases.
var Random = []int{1, 2, 3, 4, 5, 7, 10, 16, 30, 200}

// Generate returns a string of n letters in which at most four letters occur
// once and every other letter at least twice. The unique letters, when there
// are any, sit in the last tenth of the string (anywhere below 20 letters),
// so a solution that counts the letter at each position in turn does about
// n^2 work before it finds one; a fifth of the strings have none at all.
func Generate(r *rand.Rand, n int) []any {
	letters := []byte(kit.Lowercase)
	r.Shuffle(len(letters), func(i, j int) { letters[i], letters[j] = letters[j], letters[i] })
	u := min(r.Intn(5), n) // unique letters
	if n-u == 1 {
		u++ // a lone filler letter would be unique too
	}
	m := n - u
	// The filler: letters[u:u+f], each used at least twice.
	f := 1 + r.Intn(max(1, min(26-u, m/2)))
	fill := make([]byte, 0, m)
	for len(fill)+2 <= m {
		c := letters[u+r.Intn(f)]
		fill = append(fill, c, c)
	}
	if len(fill) < m {
		fill = append(fill, fill[0])
	}
	r.Shuffle(len(fill), func(i, j int) { fill[i], fill[j] = fill[j], fill[i] })

	lo := 0
	if n >= 20 {
		lo = n - max(n/10, u)
	}
	s := make([]byte, n)
	for k, p := range r.Perm(n - lo)[:u] {
		s[lo+p] = letters[k]
	}
	for i := range s {
		if s[i] == 0 {
			s[i], fill = fill[0], fill[1:]
		}
	}
	return []any{string(s)}
}
