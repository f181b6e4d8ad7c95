package solution

// ProductExceptSelf multiplies every other value for each position:
// correct, O(n^2).
func ProductExceptSelf(nums []int) []int {
	out := make([]int, len(nums))
	for i := range nums {
		p := 1
		for j, v := range nums {
			if j != i {
				p *= v
			}
		}
		out[i] = p
	}
	return out
}
