// Package runlengthencode is the reference for run-length-encode: one pass
// over the runs, appending to a byte slice.
package runlengthencode

import (
	"math/rand"
	"strconv"
)

// RunLengthEncode finds the end of each run and appends its letter and, if
// the run is longer than one, its length: O(n).
func RunLengthEncode(s string) string {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		j := i + 1
		for j < len(s) && s[j] == s[i] {
			j++
		}
		out = append(out, s[i])
		if j-i > 1 {
			out = strconv.AppendInt(out, int64(j-i), 10)
		}
		i = j
	}
	return string(out)
}

// Ladder is the sizes of the scaling ladder, 64x from bottom to top, the top
// at the longest string the statement allows.
var Ladder = []int{3125, 6250, 12500, 25000, 50000, 100000, 200000}

// Random is the sizes of the random hidden cases.
var Random = []int{0, 1, 2, 3, 5, 8, 13, 30, 100, 1000, 5000}

// Generate returns n lowercase letters in runs. Most runs are 1 or 2 long,
// so the encoding is about as long as the string and is built from many
// small pieces; about one run in 32 is 9 to 40 long, so counts of two
// digits are common; and strings of 1000 letters or more hold
// one run of n/10, with a count of three to five digits. Letters come from a
// small alphabet, so the same letter often starts several runs.
func Generate(r *rand.Rand, n int) []any {
	const letters = "abcdx"
	b := make([]byte, 0, n)
	big := -1 // where the one long run starts
	if n >= 1000 {
		big = r.Intn(n - n/10)
	}
	prev := byte(0)
	for len(b) < n {
		c := letters[r.Intn(len(letters))]
		for c == prev {
			c = letters[r.Intn(len(letters))]
		}
		length := 1 + r.Intn(2)
		switch {
		case big >= 0 && len(b) >= big:
			length, big = n/10, -1
		case r.Intn(32) == 0:
			length = 9 + r.Intn(32)
		}
		for k := 0; k < length && len(b) < n; k++ {
			b = append(b, c)
		}
		prev = c
	}
	return []any{string(b)}
}
