package solution

import "strings"

// ReverseWords trims the spaces at both ends, then splits on a single
// space: two spaces in a row leave an empty "word", which comes back as an
// extra space in the answer.
func ReverseWords(s string) string {
	words := strings.Split(strings.TrimSpace(s), " ")
	for i, j := 0, len(words)-1; i < j; i, j = i+1, j-1 {
		words[i], words[j] = words[j], words[i]
	}
	return strings.Join(words, " ")
}
