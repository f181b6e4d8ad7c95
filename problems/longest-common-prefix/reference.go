// Package longestcommonprefix is the reference for longest-common-prefix:
// compare the words column by column.
package longestcommonprefix

import (
	"math/rand"

	"github.com/grindjudge/grind/problems/kit"
)

// LongestCommonPrefix checks each position of the first word against the
// same position of every other word and stops at the first word that ends
// or differs there. It reads each word only as far as the answer plus one
// letter: O(total length).
func LongestCommonPrefix(words []string) string {
	if len(words) == 0 {
		return ""
	}
	first := words[0]
	for i := 0; i < len(first); i++ {
		for _, w := range words[1:] {
			if i == len(w) || w[i] != first[i] {
				return first[:i]
			}
		}
	}
	return first
}

// Ladder is the total lengths of the words on the scaling ladder, 64x from
// bottom to top, the top at the most letters the statement allows.
var Ladder = []int{15625, 31250, 62500, 125000, 250000, 500000, 1000000}

// Random is the total lengths of the random hidden cases; from 3000 up they
// are spread over the most words the statement allows.
var Random = []int{0, 1, 3, 5, 8, 12, 20, 50, 200, 1000, 5000}

// MaxWords is the most words the statement allows.
const MaxWords = 1000

// Generate returns words of about n letters in all.
//
// Up to 10000 letters: up to MaxWords words (exactly that many from 3000
// letters on) that share a random prefix and go on with tails over "ab", so
// that columns often agree again after the first mismatch; sometimes one
// word is cut inside the prefix. For n = 0, either no words or one empty
// word.
//
// From 10000 letters (the ladder): three long words. The first is n/2
// letters, the second 3n/8 letters that break away from the first after
// n/4, the third the first's first n/8 letters or a few less. A
// solution that starts from the whole first word and shortens it one letter
// at a time, comparing from the start each time, does about n^2/32 work.
func Generate(r *rand.Rand, n int) []any {
	if n == 0 {
		if r.Intn(2) == 0 {
			return []any{[]string{}}
		}
		return []any{[]string{""}}
	}
	if n >= 10000 {
		half, quarter := n/2, n/4
		base := []byte(kit.String(r, half, kit.Lowercase))
		other := 'a' + (base[quarter]-'a'+1+byte(r.Intn(25)))%26 // any letter but base[quarter]
		w1 := string(base[:quarter]) + string(rune(other)) + kit.String(r, 3*n/8-quarter-1, kit.Lowercase)
		w2 := string(base[:n/8-r.Intn(n/64)])
		return []any{[]string{string(base), w1, w2}}
	}
	k := min(MaxWords, 1+r.Intn(max(1, n/2)))
	if n >= 3000 {
		k = MaxWords
	}
	per := max(1, n/k) // letters per word, about
	p := r.Intn(per + 1)
	prefix := kit.String(r, p, kit.Lowercase)
	words := make([]string, k)
	for i := range words {
		words[i] = prefix + kit.String(r, r.Intn(2*(per-p)+1), "ab")
	}
	if r.Intn(4) == 0 {
		i := r.Intn(k)
		words[i] = words[i][:r.Intn(len(words[i])+1)]
	}
	return []any{words}
}
