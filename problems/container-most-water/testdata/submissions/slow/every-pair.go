package solution

// MaxArea measures every pair of lines: correct, O(n^2).
func MaxArea(heights []int) int {
	best := 0
	for i := range heights {
		for j := i + 1; j < len(heights); j++ {
			if area := min(heights[i], heights[j]) * (j - i); area > best {
				best = area
			}
		}
	}
	return best
}
