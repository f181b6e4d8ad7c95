package solution

import "strings"

// IsPalindrome builds the cleaned-up string with += and compares it with its
// reverse. Correct, but each += copies everything kept so far: O(n^2).
func IsPalindrome(s string) bool {
	clean := ""
	for _, c := range s {
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			clean += string(c)
		} else if c >= 'A' && c <= 'Z' {
			clean += strings.ToLower(string(c))
		}
	}
	rev := []byte(clean)
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	return clean == string(rev)
}
