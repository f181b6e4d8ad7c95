package solution

// HIndex tries h = 1, 2, 3, ... and counts, each time, the papers cited at
// least h times, stopping at the first h that fails: correct, O(n*h), about
// n^2/2 when h is near n/2.
func HIndex(citations []int) int {
	h := 0
	for {
		papers := 0
		for _, c := range citations {
			if c >= h+1 {
				papers++
			}
		}
		if papers < h+1 {
			return h
		}
		h++
	}
}
