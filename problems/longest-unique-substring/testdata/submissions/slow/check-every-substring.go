package solution

// LengthOfLongestSubstring tries every substring and checks it for repeats
// from its start. Correct, and each check stops at the first repeat, but
// there are n^2/2 substrings: O(n^2).
func LengthOfLongestSubstring(s string) int {
	best := 0
	for i := 0; i < len(s); i++ {
		for j := i; j < len(s); j++ {
			if j-i+1 > best && unique(s[i:j+1]) {
				best = j - i + 1
			}
		}
	}
	return best
}

func unique(w string) bool {
	var seen [256]bool
	for k := 0; k < len(w); k++ {
		if seen[w[k]] {
			return false
		}
		seen[w[k]] = true
	}
	return true
}
