package solution

// TrapRainWater is the two-pointer method with the loop condition off by one
// (l < r-1): it stops when the pointers are neighbours, so the last column
// it should have settled is left out - harmless when that column is a wall,
// wrong when it holds water.
func TrapRainWater(heights []int) int {
	water := 0
	l, r := 0, len(heights)-1
	leftMax, rightMax := 0, 0
	for l < r-1 {
		if heights[l] < heights[r] {
			if heights[l] >= leftMax {
				leftMax = heights[l]
			} else {
				water += leftMax - heights[l]
			}
			l++
		} else {
			if heights[r] >= rightMax {
				rightMax = heights[r]
			} else {
				water += rightMax - heights[r]
			}
			r--
		}
	}
	return water
}
