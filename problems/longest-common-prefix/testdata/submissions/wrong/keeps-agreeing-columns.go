package solution

// LongestCommonPrefix checks the words column by column but, at a column
// where they disagree, skips it instead of stopping: columns that agree
// again later are added too, so "abcd", "abxd" give "abd".
func LongestCommonPrefix(words []string) string {
	if len(words) == 0 {
		return ""
	}
	var prefix []byte
	for i := 0; i < len(words[0]); i++ {
		c, same := words[0][i], true
		for _, w := range words[1:] {
			if i >= len(w) || w[i] != c {
				same = false
				break
			}
		}
		if same {
			prefix = append(prefix, c)
		}
	}
	return string(prefix)
}
