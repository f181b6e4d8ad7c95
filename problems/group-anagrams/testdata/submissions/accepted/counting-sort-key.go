package solution

// GroupAnagrams keys each word by its letters in sorted order, sorting them
// by counting (26 buckets, no comparison sort), so a key costs O(length).
func GroupAnagrams(words []string) [][]string {
	index := map[string]int{} // sorted letters -> position of the group in out
	var out [][]string
	buf := make([]byte, 0, 100)
	for _, w := range words {
		var count [26]int
		for i := 0; i < len(w); i++ {
			count[w[i]-'a']++
		}
		buf = buf[:0]
		for c, k := range count {
			for ; k > 0; k-- {
				buf = append(buf, byte('a'+c))
			}
		}
		g, ok := index[string(buf)]
		if !ok {
			g = len(out)
			index[string(buf)] = g
			out = append(out, nil)
		}
		out[g] = append(out[g], w)
	}
	return out
}
