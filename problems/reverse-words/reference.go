// Package reversewords is the reference for reverse-words: one pass from
// the right, copying each word as it is found.
package reversewords

import "math/rand"

// ReverseWords walks from the right end: it skips a run of spaces, finds
// the start of the word before it and appends that word, after one space if
// the answer is not empty. Every character is read once: O(n).
func ReverseWords(s string) string {
	out := make([]byte, 0, len(s))
	i := len(s) - 1
	for {
		for i >= 0 && s[i] == ' ' {
			i--
		}
		if i < 0 {
			return string(out)
		}
		end := i + 1
		for i >= 0 && s[i] != ' ' {
			i--
		}
		if len(out) > 0 {
			out = append(out, ' ')
		}
		out = append(out, s[i+1:end]...)
	}
}

// Ladder is the sizes of the scaling ladder, 64x from bottom to top, the top
// at the longest string the statement allows.
var Ladder = []int{7812, 15625, 31250, 62500, 125000, 250000, 500000}

// Random is the sizes of the random hidden cases.
var Random = []int{0, 1, 2, 3, 5, 8, 13, 30, 100, 1000, 5000}

const (
	letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
	// others is every printable ASCII character but the space and letters.
	others = "!\"#$%&'()*+,-./0123456789:;<=>?@[\\]^_`{|}~"
)

// Generate returns a string of exactly n characters: short words (1 to 6
// characters, mostly letters, one in six a digit or punctuation), separated
// by runs of 1 to 3 spaces and now and then a longer run, with a run of
// spaces at either end half the time. The many short words make solutions
// that add each word in front of a growing string pay O(n) per word.
func Generate(r *rand.Rand, n int) []any {
	b := make([]byte, 0, n+8)
	gap := func() int {
		if r.Intn(10) == 0 {
			return 4 + r.Intn(8)
		}
		return 1 + r.Intn(3)
	}
	if r.Intn(2) == 0 {
		b = append(b, make([]byte, gap())...)
	}
	for len(b) < n {
		for k := 1 + r.Intn(6); k > 0; k-- {
			if r.Intn(6) == 0 {
				b = append(b, others[r.Intn(len(others))])
			} else {
				b = append(b, letters[r.Intn(len(letters))])
			}
		}
		b = append(b, make([]byte, gap())...)
	}
	b = b[:n]
	if n > 0 && r.Intn(2) == 0 {
		// no trailing spaces: end on a word
		for i := n - 1; i >= 0 && b[i] == 0; i-- {
			b[i] = letters[r.Intn(len(letters))]
		}
	}
	for i := range b {
		if b[i] == 0 {
			b[i] = ' '
		}
	}
	return []any{string(b)}
}
