package solution

import "strconv"

// RunLengthEncode builds the answer with +=. Correct, but every += copies
// the whole answer so far, and short runs make about n of them: O(n^2).
func RunLengthEncode(s string) string {
	out := ""
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] == s[i] {
			j++
		}
		out += string(s[i])
		if j-i > 1 {
			out += strconv.Itoa(j - i)
		}
		i = j
	}
	return out
}
