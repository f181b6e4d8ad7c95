package solution

// Permutations starts from nums and keeps swapping neighbours in every
// permutation found, adding each result that is not in the list yet. Any
// permutation can be reached by such swaps, so all are found - but each
// "not in the list yet" scans the whole list: O(n * (n!)^2).
func Permutations(nums []int) [][]int {
	out := [][]int{append([]int(nil), nums...)}
	for i := 0; i < len(out); i++ {
		for j := 0; j+1 < len(nums); j++ {
			p := append([]int(nil), out[i]...)
			p[j], p[j+1] = p[j+1], p[j]
			if !contains(out, p) {
				out = append(out, p)
			}
		}
	}
	return out
}

func contains(list [][]int, p []int) bool {
	for _, q := range list {
		same := true
		for k := range p {
			if p[k] != q[k] {
				same = false
				break
			}
		}
		if same {
			return true
		}
	}
	return false
}
