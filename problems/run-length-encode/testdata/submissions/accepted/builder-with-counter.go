package solution

import (
	"strconv"
	"strings"
)

// RunLengthEncode counts the current run and writes it to a strings.Builder
// when the letter changes or the string ends: O(n).
func RunLengthEncode(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	count := 0
	for i := 0; i < len(s); i++ {
		count++
		if i == len(s)-1 || s[i+1] != s[i] {
			b.WriteByte(s[i])
			if count > 1 {
				b.WriteString(strconv.Itoa(count))
			}
			count = 0
		}
	}
	return b.String()
}
