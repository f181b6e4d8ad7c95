package solution

// MaxArea is the two-pointer method with the loop condition off by one
// (i < j-1): it stops before measuring the last pair, two neighbouring
// lines, and with only two lines it measures nothing.
func MaxArea(heights []int) int {
	best := 0
	i, j := 0, len(heights)-1
	for i < j-1 {
		if area := min(heights[i], heights[j]) * (j - i); area > best {
			best = area
		}
		if heights[i] < heights[j] {
			i++
		} else {
			j--
		}
	}
	return best
}
