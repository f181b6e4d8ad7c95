package solution

// ProductExceptSelf builds the products of every prefix and every suffix
// in two arrays, then multiplies the two around each position. O(n), no
// division.
func ProductExceptSelf(nums []int) []int {
	n := len(nums)
	left := make([]int, n+1)  // left[i] = nums[0] * ... * nums[i-1]
	right := make([]int, n+1) // right[i] = nums[i] * ... * nums[n-1]
	left[0], right[n] = 1, 1
	for i := 0; i < n; i++ {
		left[i+1] = left[i] * nums[i]
	}
	for i := n - 1; i >= 0; i-- {
		right[i] = right[i+1] * nums[i]
	}
	out := make([]int, n)
	for i := range out {
		out[i] = left[i] * right[i+1]
	}
	return out
}
