package solution

import "strings"

// ReverseWords splits on runs of spaces with strings.Fields, reverses the
// slice of words in place and joins them with single spaces: O(n).
func ReverseWords(s string) string {
	words := strings.Fields(s)
	for i, j := 0, len(words)-1; i < j; i, j = i+1, j-1 {
		words[i], words[j] = words[j], words[i]
	}
	return strings.Join(words, " ")
}
