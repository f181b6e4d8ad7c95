// Package groupanagrams is the reference for group-anagrams: words with the
// same letter counts share a group.
package groupanagrams

import (
	"math/rand"

	"github.com/grindjudge/grind/problems/kit"
)

// GroupAnagrams keys every word by its 26 letter counts (a word has at most
// 100 letters, so a byte holds each count) and collects the words of each
// key in order of first appearance: O(total length + 26 per word).
func GroupAnagrams(words []string) [][]string {
	index := make(map[[26]byte]int)
	var groups [][]string
	for _, w := range words {
		var key [26]byte
		for i := 0; i < len(w); i++ {
			key[w[i]-'a']++
		}
		g, ok := index[key]
		if !ok {
			g = len(groups)
			index[key] = g
			groups = append(groups, nil)
		}
		groups[g] = append(groups[g], w)
	}
	return groups
}

// Limits of the statement.
const (
	MaxWords   = 100_000
	MaxWordLen = 100
	MaxTotal   = 1_000_000
)

// Ladder is the sizes of the scaling ladder, in words: 64x from bottom to
// top, the top at the most words the statement allows, about 10^6 letters
// in all.
var Ladder = []int{1562, 3125, 6250, 12500, 25000, 50000, 100000}

// Random is the sizes of the random hidden cases, in words.
var Random = []int{0, 1, 2, 3, 4, 6, 10, 20, 60, 300}

// Generate returns n words made as groups: each group is 1 to 7
// rearrangements of one random word, and the groups are shuffled together.
// Words are 1 to 19 letters long (10 on average, now and then empty), so a
// group holds about 4 words and there are about n/4 groups: comparing each
// word with every group costs O(n^2). The total stays within 10^6 letters.
// Half the small cases use 2 to 4 letters and words of at most 5, where
// equal words, shared letter sets and merged groups are common.
func Generate(r *rand.Rand, n int) []any {
	alphabet, maxLen := kit.Lowercase, 19
	if n < 100 && r.Intn(2) == 0 {
		alphabet, maxLen = kit.Lowercase[:2+r.Intn(3)], 5
	}
	words := make([]string, 0, n)
	total := 0
	for len(words) < n {
		size := min(1+r.Intn(7), n-len(words))
		length := 1 + r.Intn(maxLen)
		if r.Intn(50) == 0 {
			length = 0
		}
		length = min(length, (MaxTotal-total)/size)
		sig := []byte(kit.String(r, length, alphabet))
		for k := 0; k < size; k++ {
			r.Shuffle(len(sig), func(i, j int) { sig[i], sig[j] = sig[j], sig[i] })
			words = append(words, string(sig))
		}
		total += size * length
	}
	r.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	return []any{words}
}
