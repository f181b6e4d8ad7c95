// Package longestpalindromicsubstring is the reference for
// longest-palindromic-substring: expand around every centre.
package longestpalindromicsubstring

import (
	"math/rand"

	"github.com/grindjudge/grind/problems/kit"
)

// LongestPalindrome grows a palindrome from each of the 2n-1 centres, a
// character or the gap after it, for as long as the two ends match, and
// keeps the longest (the leftmost of equal ones). O(n^2) time, O(1) space.
func LongestPalindrome(s string) string {
	start, length := 0, 0
	for c := 0; c < 2*len(s)-1; c++ {
		l, r := c/2, (c+1)/2 // c even: the character c/2; odd: the gap after it
		for l >= 0 && r < len(s) && s[l] == s[r] {
			l--
			r++
		}
		if r-l-1 > length {
			start, length = l+1, r-l-1
		}
	}
	return s[start : start+length]
}

// Ladder is the sizes of the scaling ladder. The statement allows strings
// of at most 1000 characters, so the ladder spans 15 to 1000, about 66x.
var Ladder = []int{15, 31, 62, 125, 250, 500, 1000}

// Random is the sizes of the random hidden cases.
var Random = []int{1, 2, 3, 4, 5, 7, 10, 20, 50, 200, 1000}

// Generate returns n letters and digits.
//
// Below 15 characters (random cases only), the letters come from a two- or
// three-letter alphabet, sometimes with a palindrome of odd or even length
// written in.
//
// From 15 characters on, the string repeats "a", "ab" or "aab", with four
// positions changed to other letters or digits. Such strings are full of
// long palindromes, and centres expand about as far as the nearest changed
// position, so growing from each centre does Theta(n^2) work.
func Generate(r *rand.Rand, n int) []any {
	b := make([]byte, n)
	if n < 15 {
		alphabet := "ab"
		if r.Intn(2) == 0 {
			alphabet = "xyz"
		}
		copy(b, kit.String(r, n, alphabet))
		if n >= 2 && r.Intn(2) == 0 {
			// write in a palindrome of length 2..n
			length := 2 + r.Intn(n-1)
			at := r.Intn(n - length + 1)
			for i := 0; i < (length+1)/2; i++ {
				b[at+length-1-i] = b[at+i]
			}
		}
		return []any{string(b)}
	}
	const others = "cdefgXYZ0123456789"
	period := []string{"a", "ab", "aab"}[r.Intn(3)]
	for i := range b {
		b[i] = period[i%len(period)]
	}
	for k := 0; k < 4; k++ {
		b[r.Intn(n)] = others[r.Intn(len(others))]
	}
	return []any{string(b)}
}
