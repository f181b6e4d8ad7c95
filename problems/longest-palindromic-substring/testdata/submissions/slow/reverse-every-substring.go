package solution

// LongestPalindrome reverses every substring and compares it with itself.
// Correct, but n^2/2 substrings of average length n/3, each reversed through
// a []rune: O(n^3).
func LongestPalindrome(s string) string {
	best := ""
	for i := 0; i < len(s); i++ {
		for j := i + 1; j <= len(s); j++ {
			sub := s[i:j]
			if sub == reverse(sub) && len(sub) > len(best) {
				best = sub
			}
		}
	}
	return best
}

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}
