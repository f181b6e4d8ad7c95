package solution

// MinWindow grows a window from every start until it covers t. Correct, but
// each start may scan to the end of s: O(n^2).
func MinWindow(s, t string) string {
	var want [128]int
	for i := 0; i < len(t); i++ {
		want[t[i]]++
	}
	best := ""
	for i := 0; i < len(s); i++ {
		need := want
		missing := len(t)
		for j := i; j < len(s); j++ {
			if need[s[j]] > 0 {
				missing--
			}
			need[s[j]]--
			if missing == 0 {
				if best == "" || j-i+1 < len(best) {
					best = s[i : j+1]
				}
				break
			}
		}
	}
	return best
}
