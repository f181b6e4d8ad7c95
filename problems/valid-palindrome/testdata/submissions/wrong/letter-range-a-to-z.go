package solution

// IsPalindrome tests for a letter with the single range 'A'..'z', which
// also takes in the six symbols between 'Z' and 'a': [ \ ] ^ _ and `.
func IsPalindrome(s string) bool {
	counts := func(c byte) bool { return c >= 'A' && c <= 'z' || c >= '0' && c <= '9' }
	lower := func(c byte) byte {
		if c >= 'A' && c <= 'Z' {
			return c + 32
		}
		return c
	}
	i, j := 0, len(s)-1
	for i < j {
		if !counts(s[i]) {
			i++
		} else if !counts(s[j]) {
			j--
		} else if lower(s[i]) != lower(s[j]) {
			return false
		} else {
			i++
			j--
		}
	}
	return true
}
