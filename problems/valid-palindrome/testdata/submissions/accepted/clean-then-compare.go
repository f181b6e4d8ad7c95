package solution

// IsPalindrome first copies the letters and digits, lower-cased, into a
// byte slice, then compares it with itself from both ends: O(n) time and
// O(n) extra space.
func IsPalindrome(s string) bool {
	kept := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			kept = append(kept, c+('a'-'A'))
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			kept = append(kept, c)
		}
	}
	for i, j := 0, len(kept)-1; i < j; i, j = i+1, j-1 {
		if kept[i] != kept[j] {
			return false
		}
	}
	return true
}
