package solution

// LongestCommonPrefix remembers the trick "compare the first and the last
// word" but forgets that it only works after sorting the words: a word in
// the middle that differs earlier is never looked at.
func LongestCommonPrefix(words []string) string {
	if len(words) == 0 {
		return ""
	}
	a, b := words[0], words[len(words)-1]
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	return a[:i]
}
