// Package longestuniquesubstring is the reference for
// longest-unique-substring: a sliding window that remembers where each byte
// was seen last.
package longestuniquesubstring

import "math/rand"

// LengthOfLongestSubstring keeps a window s[left:i+1] without repeats. When
// s[i] was last seen inside the window, the window's start jumps just past
// that copy; it never moves back. O(n) time, O(1) space.
func LengthOfLongestSubstring(s string) int {
	var next [256]int // next[c]: one past the index where c was last seen, or 0
	best, left := 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if next[c] > left {
			left = next[c]
		}
		next[c] = i + 1
		best = max(best, i+1-left)
	}
	return best
}

// Ladder is the sizes of the scaling ladder, 64x from bottom to top, the top
// at the longest string the statement allows.
var Ladder = []int{1562, 3125, 6250, 12500, 25000, 50000, 100000}

// Random is the sizes of the random hidden cases.
var Random = []int{0, 1, 2, 3, 4, 6, 10, 20, 50, 200, 1000}

// printable is every printable ASCII character, the space first.
const printable = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~"

// Generate returns n printable characters. Short strings are drawn from a
// small alphabet of 2 to 6 letters, digits or spaces, where an earlier copy
// of a character often lies before the window's start. Strings of 1000 characters or more
// are blocks of distinct characters - pieces 20 to 95 long of shuffled
// printable ASCII - so windows are long, the answer is near 95, and
// checking each window from scratch is expensive.
func Generate(r *rand.Rand, n int) []any {
	b := make([]byte, 0, n)
	if n < 1000 {
		const readable = "abcdefghxyz 0"
		perm := r.Perm(len(readable))
		k := 2 + r.Intn(5)
		for len(b) < n {
			b = append(b, readable[perm[r.Intn(k)]])
		}
		return []any{string(b)}
	}
	for len(b) < n {
		perm := r.Perm(len(printable))
		for _, p := range perm[:20+r.Intn(len(printable)-19)] {
			b = append(b, printable[p])
		}
	}
	return []any{string(b[:n])}
}
