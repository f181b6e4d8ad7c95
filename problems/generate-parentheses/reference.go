// Package generateparentheses is the reference for generate-parentheses:
// every balanced string of n pairs, by backtracking.
package generateparentheses

import "math/rand"

// GenerateParentheses writes the string one bracket at a time into one
// buffer, adding '(' while fewer than n are used and ')' while it has an
// open bracket to close. Every prefix it writes can be completed, so it
// does O(n) work per answer: O(Catalan(n) * n) in all.
func GenerateParentheses(n int) []string {
	var out []string
	buf := make([]byte, 2*n)
	var write func(i, open, closed int)
	write = func(i, open, closed int) {
		if i == len(buf) {
			out = append(out, string(buf))
			return
		}
		if open < n {
			buf[i] = '('
			write(i+1, open+1, closed)
		}
		if closed < open {
			buf[i] = ')'
			write(i+1, open, closed+1)
		}
	}
	write(0, 0, 0)
	return out
}

// Ladder is the values of n of the scaling ladder: n is at most 12, so the
// ladder is the six largest, consecutive, and spans less than 2x. The
// answer grows almost fourfold per step, to 208012 strings at 12, where
// the reference takes a few tens of milliseconds; writing all 4^n strings
// of brackets and filtering them cannot finish 12.
var Ladder = []int{7, 8, 9, 10, 11, 12}

// Random is the values of n of the random hidden cases. There are only 12
// inputs, so they repeat the hand-written cases (which stop at 7, whose
// answer is already 429 strings long), and 9 and 10 come twice, to reach
// the 25 hidden cases a problem has. Generated cases get a time limit from
// the reference's time; hand-written ones only the judge's floor.
var Random = []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 9, 10}

// Generate returns n itself: there is one input of each size.
func Generate(r *rand.Rand, n int) []any {
	return []any{n}
}
