package solution

// TrapRainWater precomputes, for every column, the tallest bar from the
// left edge up to it and from it to the right edge; the water above it is
// the lower of the two minus its height. O(n) time, O(n) space.
func TrapRainWater(heights []int) int {
	n := len(heights)
	left := make([]int, n)
	right := make([]int, n)
	for i := 0; i < n; i++ {
		left[i] = heights[i]
		if i > 0 && left[i-1] > left[i] {
			left[i] = left[i-1]
		}
	}
	for i := n - 1; i >= 0; i-- {
		right[i] = heights[i]
		if i < n-1 && right[i+1] > right[i] {
			right[i] = right[i+1]
		}
	}
	water := 0
	for i, h := range heights {
		water += min(left[i], right[i]) - h
	}
	return water
}
