package solution

// LongestPalindrome fills a table: s[i..j] is a palindrome when its ends
// match and s[i+1..j-1] is one (or is empty or a single character). Rows go
// from the last start to the first, so the inner interval is always known.
// O(n^2) time and space.
func LongestPalindrome(s string) string {
	n := len(s)
	pal := make([][]bool, n)
	for i := range pal {
		pal[i] = make([]bool, n)
	}
	bi, bj := 0, 0
	for i := n - 1; i >= 0; i-- {
		for j := i; j < n; j++ {
			if s[i] == s[j] && (j-i < 2 || pal[i+1][j-1]) {
				pal[i][j] = true
				if j-i > bj-bi {
					bi, bj = i, j
				}
			}
		}
	}
	return s[bi : bj+1]
}
