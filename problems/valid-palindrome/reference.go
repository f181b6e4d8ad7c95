// Package validpalindrome is the reference for valid-palindrome: two indices
// walk toward each other over the letters and digits.
package validpalindrome

import "math/rand"

// fold maps a letter or digit to its lower-case form and every other byte
// to 0, which marks it as skipped.
var fold = func() (t [256]byte) {
	for c := '0'; c <= '9'; c++ {
		t[c] = byte(c)
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = byte(c)
		t[c-'a'+'A'] = byte(c)
	}
	return t
}()

// IsPalindrome compares the string's letters and digits from both ends,
// skipping everything else: one pass, O(n) time and O(1) space.
func IsPalindrome(s string) bool {
	i, j := 0, len(s)-1
	for i < j {
		a, b := fold[s[i]], fold[s[j]]
		switch {
		case a == 0:
			i++
		case b == 0:
			j--
		case a != b:
			return false
		default:
			i++
			j--
		}
	}
	return true
}

// Ladder is the sizes of the scaling ladder, 64x from bottom to top, the top
// at the longest string the statement allows.
var Ladder = []int{3125, 6250, 12500, 25000, 50000, 100000, 200000}

// Random is the sizes of the random hidden cases.
var Random = []int{0, 1, 2, 3, 5, 8, 13, 30, 100, 1000, 5000}

const (
	alnum = "abcdefghijklmnopqrstuvwxyz0123456789"
	// symbols is every printable ASCII byte that is not a letter or a
	// digit, the space among them; "[\]^_`" lie between 'Z' and 'a'.
	symbols = " !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
)

// Generate returns a string of n printable ASCII bytes: about a third are
// symbols or spaces, the rest letters (in random case) and digits that read
// as a palindrome, or as one with a single pair changed. Long strings are
// palindromes or differ only in the innermost pair, so any correct answer
// has to read the whole string; short ones are also sometimes random.
func Generate(r *rand.Rand, n int) []any {
	b := make([]byte, n)
	var counted []int // positions that hold a letter or a digit
	for i := range b {
		if r.Intn(3) == 0 {
			b[i] = symbols[r.Intn(len(symbols))]
		} else {
			counted = append(counted, i)
		}
	}
	m := len(counted)
	core := make([]byte, m)
	for k := 0; k < (m+1)/2; k++ {
		c := alnum[r.Intn(len(alnum))]
		core[k], core[m-1-k] = c, c
	}
	kind := r.Intn(5) // 0, 1: palindrome; 2, 3: one pair changed; 4: random
	if n >= 1000 {
		kind = r.Intn(2) * 2
	}
	switch {
	case kind == 4:
		for k := range core {
			core[k] = alnum[r.Intn(len(alnum))]
		}
	case kind >= 2 && m >= 2:
		k := r.Intn(m / 2)
		if n >= 1000 {
			k = m/2 - 1 // the innermost pair
		}
		c := core[k]
		for c == core[k] {
			c = alnum[r.Intn(len(alnum))]
		}
		core[m-1-k] = c
	}
	for k, i := range counted {
		c := core[k]
		if c >= 'a' && r.Intn(2) == 0 {
			c -= 'a' - 'A'
		}
		b[i] = c
	}
	return []any{string(b)}
}
