package solution

// FirstUniqueChar counts, for each position from the left, how often its
// letter occurs in the whole string: correct, O(n^2).
func FirstUniqueChar(s string) int {
	for i := 0; i < len(s); i++ {
		count := 0
		for j := 0; j < len(s); j++ {
			if s[j] == s[i] {
				count++
			}
		}
		if count == 1 {
			return i
		}
	}
	return -1
}
