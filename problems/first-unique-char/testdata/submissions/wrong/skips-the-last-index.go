package solution

// FirstUniqueChar counts the letters correctly, but its second loop stops one
// short of the end, so a unique letter in the last position is never found.
func FirstUniqueChar(s string) int {
	count := map[byte]int{}
	for i := 0; i < len(s); i++ {
		count[s[i]]++
	}
	for i := 0; i < len(s)-1; i++ {
		if count[s[i]] == 1 {
			return i
		}
	}
	return -1
}
