package solution

// Subsets starts from the empty subset and, for each element, adds a copy
// of every subset found so far with the element appended: the list doubles
// n times, O(n * 2^n).
func Subsets(nums []int) [][]int {
	out := [][]int{{}}
	for _, x := range nums {
		for _, s := range out[:len(out):len(out)] {
			t := make([]int, len(s)+1)
			copy(t, s)
			t[len(s)] = x
			out = append(out, t)
		}
	}
	return out
}
