package solution

// LengthOfLongestSubstring jumps the window's start past the last copy of
// the repeated byte without checking that this copy is inside the window:
// in "abba" the second 'a' moves the start back to 1 and counts "bba".
func LengthOfLongestSubstring(s string) int {
	last := map[byte]int{}
	best, left := 0, 0
	for i := 0; i < len(s); i++ {
		if j, ok := last[s[i]]; ok {
			left = j + 1
		}
		last[s[i]] = i
		if i-left+1 > best {
			best = i - left + 1
		}
	}
	return best
}
