package solution

// IsAnagram counts the letters of s, then spends them on t, failing as soon
// as t needs a letter s has run out of. Equal lengths make that enough.
func IsAnagram(s, t string) bool {
	if len(s) != len(t) {
		return false
	}
	var left [26]int
	for _, c := range s {
		left[c-'a']++
	}
	for _, c := range t {
		left[c-'a']--
		if left[c-'a'] < 0 {
			return false
		}
	}
	return true
}
