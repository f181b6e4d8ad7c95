package solution

// LongestCommonPrefix starts from the first word and cuts the prefix down
// to the part it shares with each next word, comparing letter by letter:
// each word is read at most as far as the prefix, O(total length).
func LongestCommonPrefix(words []string) string {
	if len(words) == 0 {
		return ""
	}
	prefix := words[0]
	for _, w := range words[1:] {
		i := 0
		for i < len(prefix) && i < len(w) && prefix[i] == w[i] {
			i++
		}
		prefix = prefix[:i]
		if prefix == "" {
			break
		}
	}
	return prefix
}
