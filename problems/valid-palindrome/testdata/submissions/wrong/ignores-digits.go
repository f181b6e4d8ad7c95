package solution

import "unicode"

// IsPalindrome keeps only letters, as if digits were punctuation: "0P" reads
// as "p" and passes.
func IsPalindrome(s string) bool {
	i, j := 0, len(s)-1
	for i < j {
		a, b := rune(s[i]), rune(s[j])
		if !unicode.IsLetter(a) {
			i++
			continue
		}
		if !unicode.IsLetter(b) {
			j--
			continue
		}
		if unicode.ToLower(a) != unicode.ToLower(b) {
			return false
		}
		i++
		j--
	}
	return true
}
