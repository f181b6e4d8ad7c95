package solution

import "strings"

// IsAnagram finds each letter of s in what is left of t and cuts it out,
// building a new string each time: correct, O(n^2).
func IsAnagram(s, t string) bool {
	if len(s) != len(t) {
		return false
	}
	for i := 0; i < len(s); i++ {
		j := strings.IndexByte(t, s[i])
		if j < 0 {
			return false
		}
		t = t[:j] + t[j+1:]
	}
	return t == ""
}
