package solution

// IsAnagram checks the lengths and which letters occur, but not how often:
// "aab" and "abb" pass as anagrams.
func IsAnagram(s, t string) bool {
	if len(s) != len(t) {
		return false
	}
	var inS, inT [26]bool
	for i := 0; i < len(s); i++ {
		inS[s[i]-'a'] = true
		inT[t[i]-'a'] = true
	}
	return inS == inT
}
