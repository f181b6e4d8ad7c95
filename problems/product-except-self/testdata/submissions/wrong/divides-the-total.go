package solution

// ProductExceptSelf handles zeros properly but divides the product of the
// whole list by each value. That product can overflow even when every
// answer fits (thirteen 30s), and dividing the wrapped-around value gives
// garbage.
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
		case zeros >= 2:
			out[i] = 0
		case zeros == 1 && v == 0:
			out[i] = product
		case zeros == 1:
			out[i] = 0
		default:
			out[i] = product / v
		}
	}
	return out
}
