package solution

// GenerateParentheses builds the answers for 0, 1, ..., n pairs in turn.
// Every balanced string is "(" + a + ")" + b, where the first bracket
// closes after a (i pairs) and b holds the other n-1-i pairs: each string
// comes out once, from its first pair. O(Catalan(n) * n).
func GenerateParentheses(n int) []string {
	all := [][]string{{""}}
	for k := 1; k <= n; k++ {
		var cur []string
		for i := 0; i < k; i++ {
			for _, a := range all[i] {
				for _, b := range all[k-1-i] {
					cur = append(cur, "("+a+")"+b)
				}
			}
		}
		all = append(all, cur)
	}
	return all[n]
}
