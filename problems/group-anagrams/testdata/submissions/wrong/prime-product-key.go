package solution

// GroupAnagrams keys each word by the product of one prime per letter, which
// is unique in exact arithmetic but wraps around in 64 bits: long words
// collide (64 a's alone make 2^64, which is 0).
func GroupAnagrams(words []string) [][]string {
	primes := [26]uint64{2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97, 101}
	index := map[uint64]int{}
	var groups [][]string
	for _, w := range words {
		key := uint64(1)
		for i := 0; i < len(w); i++ {
			key *= primes[w[i]-'a']
		}
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
