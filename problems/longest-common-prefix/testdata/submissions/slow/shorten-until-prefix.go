package solution

import "strings"

// LongestCommonPrefix takes the first word and, for each other word, drops
// the prefix's last letter until the word starts with it. Correct, but every
// HasPrefix compares from the start again: when a word breaks away from a
// long prefix halfway, that is O(L^2) for a prefix of length L.
func LongestCommonPrefix(words []string) string {
	if len(words) == 0 {
		return ""
	}
	prefix := words[0]
	for _, w := range words[1:] {
		for !strings.HasPrefix(w, prefix) {
			prefix = prefix[:len(prefix)-1]
		}
	}
	return prefix
}
