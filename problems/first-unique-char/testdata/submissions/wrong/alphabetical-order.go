package solution

// FirstUniqueChar counts the letters, then looks for a count of 1 going
// through the alphabet instead of through the string: it returns the unique
// letter that comes first in the alphabet, not the one that comes first in s.
func FirstUniqueChar(s string) int {
	var count [26]int
	first := [26]int{}
	for i := len(s) - 1; i >= 0; i-- {
		count[s[i]-'a']++
		first[s[i]-'a'] = i
	}
	for c := 0; c < 26; c++ {
		if count[c] == 1 {
			return first[c]
		}
	}
	return -1
}
