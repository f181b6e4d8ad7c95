package solution

// GroupAnagrams compares each word with the first word of every group found
// so far, by letter counts: correct, but O(words x groups), quadratic when
// most groups are small.
func GroupAnagrams(words []string) [][]string {
	var groups [][]string
	for _, w := range words {
		placed := false
		for g := range groups {
			if isAnagram(groups[g][0], w) {
				groups[g] = append(groups[g], w)
				placed = true
				break
			}
		}
		if !placed {
			groups = append(groups, []string{w})
		}
	}
	return groups
}

func isAnagram(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	var count [26]int
	for i := 0; i < len(a); i++ {
		count[a[i]-'a']++
		count[b[i]-'a']--
	}
	return count == [26]int{}
}
