// Package validbrackets is the reference for valid-brackets: a stack of the
// brackets still open.
package validbrackets

import "math/rand"

// opener maps each closing bracket to the opening bracket it closes.
var opener = [256]byte{')': '(', ']': '[', '}': '{'}

// IsValidBrackets pushes every opening bracket and pops one for every
// closing bracket, which must close the bracket on top: O(n).
func IsValidBrackets(s string) bool {
	stack := make([]byte, 0, 64)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if opener[c] == 0 {
			stack = append(stack, c)
			continue
		}
		if len(stack) == 0 || stack[len(stack)-1] != opener[c] {
			return false
		}
		stack = stack[:len(stack)-1]
	}
	return len(stack) == 0
}

// Ladder is the sizes of the scaling ladder, 64x from bottom to top, the top
// at the longest string the statement allows. The sizes are even, so a
// string may be valid and a check of the length cannot answer at once.
var Ladder = []int{15624, 31250, 62500, 125000, 250000, 500000, 1000000}

// Random is the sizes of the random hidden cases.
var Random = []int{0, 1, 2, 3, 4, 6, 8, 12, 20, 50, 1000}

const (
	opens  = "([{"
	closes = ")]}"
)

// Generate returns n brackets. It builds a valid string of even length by a
// walk that opens more often than it closes, so the nesting gets deep (about
// n/6 for long strings), with an odd n getting one bracket more. Long
// strings stay valid or get a wrong closing bracket at the very end, so the
// whole string must be read; short ones may instead get one bracket
// replaced, or two neighbours swapped, which can cross two pairs.
func Generate(r *rand.Rand, n int) []any {
	m := n - n%2
	b := make([]byte, 0, n)
	var stack []int
	up := 5 + r.Intn(2) // out of 10: the chance of opening when both are allowed
	if n >= 1000 {
		up = 6
	}
	for len(b) < m {
		left := m - len(b)
		if len(stack) > 0 && (len(stack) == left || r.Intn(10) >= up) {
			k := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			b = append(b, closes[k])
		} else {
			k := r.Intn(3)
			stack = append(stack, k)
			b = append(b, opens[k])
		}
	}
	if n%2 == 1 {
		b = append(b, "()[]{}"[r.Intn(6)])
	}
	kind := r.Intn(4) // 0: as built; 1: wrong last closer; 2: one replaced; 3: a swap
	if n >= 1000 {
		kind = r.Intn(2)
	}
	switch {
	case kind == 1 && m > 0:
		k := (indexOf(closes, b[m-1]) + 1 + r.Intn(2)) % 3
		b[m-1] = closes[k]
	case kind == 2 && n > 0:
		b[r.Intn(n)] = "()[]{}"[r.Intn(6)]
	case kind == 3 && n > 1:
		i := r.Intn(n - 1)
		b[i], b[i+1] = b[i+1], b[i]
	}
	return []any{string(b)}
}

func indexOf(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}
