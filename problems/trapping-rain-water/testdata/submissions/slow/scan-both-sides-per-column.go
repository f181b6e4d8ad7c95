package solution

// TrapRainWater looks for the tallest bar on each side of every column:
// correct, O(n^2).
func TrapRainWater(heights []int) int {
	water := 0
	for i, h := range heights {
		left, right := h, h
		for j := 0; j < i; j++ {
			left = max(left, heights[j])
		}
		for j := i + 1; j < len(heights); j++ {
			right = max(right, heights[j])
		}
		water += min(left, right) - h
	}
	return water
}
