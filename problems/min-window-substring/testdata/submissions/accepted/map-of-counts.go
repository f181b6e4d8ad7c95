package solution

// MinWindow slides a window with maps: want holds t's counts, have the
// window's, and formed counts the distinct characters whose count is met.
// When all are met, shrink from the left, recording strictly shorter
// windows. O(n + m), with map costs.
func MinWindow(s, t string) string {
	want := map[byte]int{}
	for i := 0; i < len(t); i++ {
		want[t[i]]++
	}
	have := map[byte]int{}
	formed, bestL, bestR := 0, 0, -1
	l := 0
	for r := 0; r < len(s); r++ {
		c := s[r]
		have[c]++
		if have[c] == want[c] {
			formed++
		}
		for formed == len(want) {
			if bestR < 0 || r-l < bestR-bestL {
				bestL, bestR = l, r
			}
			d := s[l]
			have[d]--
			if have[d] < want[d] {
				formed--
			}
			l++
		}
	}
	return s[bestL : bestR+1]
}
