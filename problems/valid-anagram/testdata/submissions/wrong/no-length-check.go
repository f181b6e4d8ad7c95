package solution

// IsAnagram checks that t has every letter s needs, as often as s needs it,
// but never that t has nothing more: "ab" and "abc" pass as anagrams.
func IsAnagram(s, t string) bool {
	have := map[rune]int{}
	for _, c := range t {
		have[c]++
	}
	for _, c := range s {
		if have[c] == 0 {
			return false
		}
		have[c]--
	}
	return true
}
