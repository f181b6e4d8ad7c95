package solution

// Subsets doubles the list with append(s, x) and no copy. While s has no
// spare capacity append makes a new array, so small inputs come out right;
// once it has some, two subsets share one backing array and the second
// append overwrites the first's last element - from 5 elements on.
func Subsets(nums []int) [][]int {
	out := [][]int{{}}
	for _, x := range nums {
		n := len(out)
		for i := 0; i < n; i++ {
			out = append(out, append(out[i], x))
		}
	}
	return out
}
