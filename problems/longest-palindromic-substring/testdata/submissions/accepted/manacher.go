package solution

import "strings"

// LongestPalindrome is Manacher's algorithm: interleave a separator so every
// palindrome has odd length, then reuse the radius of the mirror position
// inside the rightmost palindrome found so far. O(n), better than needed.
func LongestPalindrome(s string) string {
	t := "^#" + strings.Join(strings.Split(s, ""), "#") + "#$"
	p := make([]int, len(t))
	center, right := 0, 0
	for i := 1; i < len(t)-1; i++ {
		if i < right {
			p[i] = min(right-i, p[2*center-i])
		}
		for t[i+p[i]+1] == t[i-p[i]-1] {
			p[i]++
		}
		if i+p[i] > right {
			center, right = i, i+p[i]
		}
	}
	best, at := 0, 0
	for i, r := range p {
		if r > best {
			best, at = r, i
		}
	}
	start := (at - best) / 2
	return s[start : start+best]
}
