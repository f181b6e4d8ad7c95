package solution

// LengthOfLongestSubstring keeps the bytes of the window in a set; when the
// next byte is already there, it drops bytes from the left until it is not.
// Each byte enters and leaves the window once: O(n).
func LengthOfLongestSubstring(s string) int {
	var in [256]bool
	best, left := 0, 0
	for right := 0; right < len(s); right++ {
		for in[s[right]] {
			in[s[left]] = false
			left++
		}
		in[s[right]] = true
		if right-left+1 > best {
			best = right - left + 1
		}
	}
	return best
}
