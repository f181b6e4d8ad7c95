package solution

// MinWindow treats t as a set of characters: a window with one 'a' is
// taken to cover t = "aa".
func MinWindow(s, t string) string {
	var want, have [128]int
	distinct := 0
	for i := 0; i < len(t); i++ {
		if want[t[i]] == 0 {
			distinct++
		}
		want[t[i]] = 1
	}
	formed, bestL, bestR := 0, 0, -1
	l := 0
	for r := 0; r < len(s); r++ {
		have[s[r]]++
		if want[s[r]] == 1 && have[s[r]] == 1 {
			formed++
		}
		for formed == distinct {
			if bestR < 0 || r-l < bestR-bestL {
				bestL, bestR = l, r
			}
			have[s[l]]--
			if want[s[l]] == 1 && have[s[l]] == 0 {
				formed--
			}
			l++
		}
	}
	return s[bestL : bestR+1]
}
