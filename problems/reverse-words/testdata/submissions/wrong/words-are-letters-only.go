package solution

import (
	"strings"
	"unicode"
)

// ReverseWords takes a word to be a run of letters, so digits and
// punctuation split words or vanish: "hello, world!" gives "world hello".
func ReverseWords(s string) string {
	words := strings.FieldsFunc(s, func(c rune) bool { return !unicode.IsLetter(c) })
	for i, j := 0, len(words)-1; i < j; i, j = i+1, j-1 {
		words[i], words[j] = words[j], words[i]
	}
	return strings.Join(words, " ")
}
