package solution

import "sort"

// GroupAnagrams groups by sorted letters but skips a word it has already
// placed, so a word that appears twice in the input appears once in the
// answer.
func GroupAnagrams(words []string) [][]string {
	seen := map[string]bool{}
	index := map[string]int{}
	var groups [][]string
	for _, w := range words {
		if seen[w] {
			continue
		}
		seen[w] = true
		b := []byte(w)
		sort.Slice(b, func(i, j int) bool { return b[i] < b[j] })
		key := string(b)
		g, ok := index[key]
		if !ok {
			g = len(groups)
			index[key] = g
			groups = append(groups, nil)
		}
		groups[g] = append(groups[g], w)
	}
	return groups
}
