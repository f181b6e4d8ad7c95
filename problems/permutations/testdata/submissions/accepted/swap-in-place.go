package solution

// Permutations permutes a copy of nums in place: swap each candidate into
// position k, permute the rest, swap it back. O(n * n!).
func Permutations(nums []int) [][]int {
	a := append([]int(nil), nums...)
	var out [][]int
	var permute func(k int)
	permute = func(k int) {
		if k == len(a) {
			out = append(out, append([]int(nil), a...))
			return
		}
		for i := k; i < len(a); i++ {
			a[k], a[i] = a[i], a[k]
			permute(k + 1)
			a[k], a[i] = a[i], a[k]
		}
	}
	permute(0)
	return out
}
