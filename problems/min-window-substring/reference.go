// Package minwindowsubstring is the reference for min-window-substring: a
// sliding window that counts what t still needs.
package minwindowsubstring

import (
	"math/rand"

	"github.com/grindjudge/grind/problems/kit"
)

// MinWindow moves the right end of a window over s. need[c] is how many more
// c the window needs (negative when it has spare ones) and missing is how
// many characters of t it still lacks. Whenever the window covers t, its
// left end moves right while it still does, and a strictly shorter window
// replaces the best, so ties keep the leftmost. Each end moves at most n
// times: O(n + m).
func MinWindow(s, t string) string {
	var need [256]int
	for i := 0; i < len(t); i++ {
		need[t[i]]++
	}
	missing := len(t)
	bestL, bestLen := 0, len(s)+1
	l := 0
	for r := 0; r < len(s); r++ {
		if need[s[r]] > 0 {
			missing--
		}
		need[s[r]]--
		if missing > 0 {
			continue
		}
		for need[s[l]] < 0 { // s[l] is spare: drop it
			need[s[l]]++
			l++
		}
		if r-l+1 < bestLen {
			bestL, bestLen = l, r-l+1
		}
	}
	if bestLen > len(s) {
		return ""
	}
	return s[bestL : bestL+bestLen]
}

// Ladder is the lengths of s on the scaling ladder, 64x from bottom to top,
// the top at the longest s the statement allows.
var Ladder = []int{1562, 3125, 6250, 12500, 25000, 50000, 100000}

// Random is the lengths of s of the random hidden cases.
var Random = []int{1, 2, 3, 4, 5, 7, 10, 15, 30, 100, 1000}

// Generate returns s of length n and t.
//
// Below 1000 characters: s over a small alphabet ("ab", "abc" or "aAbB"),
// t of 1 to 4 characters drawn from a slightly larger one, often repeating
// a character, and now and then longer than s - so windows are short, ties
// are common, and sometimes there is no window.
//
// From 1000 characters on: s is random over "abcde" but for one 'Z' near n/3
// and one 'Y' near 2n/3, and t is "ZY" plus n/10 - 2 random letters of
// "abcde", which the stretch from 'Z' to 'Y' holds plenty of. The answer
// is about n/3 long, and no window starts after the 'Z', so a solution that
// grows a window from every start does about n^2/2 work.
func Generate(r *rand.Rand, n int) []any {
	if n < 1000 {
		alphabet := []string{"ab", "abc", "aAbB"}[r.Intn(3)]
		s := kit.String(r, n, alphabet)
		extra := alphabet + string(rune('c'+r.Intn(2)))
		var t string
		if r.Intn(8) == 0 {
			t = kit.String(r, n+1+r.Intn(2), alphabet) // longer than s
		} else {
			t = kit.String(r, 1+r.Intn(4), extra)
		}
		return []any{s, t}
	}
	b := []byte(kit.String(r, n, "abcde"))
	b[n/3-r.Intn(n/20)] = 'Z'
	b[2*n/3+r.Intn(n/20)] = 'Y'
	t := "ZY" + kit.String(r, n/10-2, "abcde")
	return []any{string(b), t}
}
