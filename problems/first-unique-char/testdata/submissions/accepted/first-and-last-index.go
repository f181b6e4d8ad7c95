package solution

import "strings"

// FirstUniqueChar asks, for each of the 26 letters, where it first and last
// occurs: a letter is unique when the two are the same index. The smallest
// such index wins. 26 scans of the string, O(n).
func FirstUniqueChar(s string) int {
	best := -1
	for c := byte('a'); c <= 'z'; c++ {
		first := strings.IndexByte(s, c)
		if first >= 0 && strings.LastIndexByte(s, c) == first && (best < 0 || first < best) {
			best = first
		}
	}
	return best
}
