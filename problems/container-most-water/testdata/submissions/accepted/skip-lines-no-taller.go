package solution

// MaxArea closes in from both ends, and after each measurement skips, on
// both sides, every line no taller than the water level just measured: none
// of them can start a better container. O(n).
func MaxArea(heights []int) int {
	best := 0
	i, j := 0, len(heights)-1
	for i < j {
		level := min(heights[i], heights[j])
		if area := level * (j - i); area > best {
			best = area
		}
		for i < j && heights[i] <= level {
			i++
		}
		for i < j && heights[j] <= level {
			j--
		}
	}
	return best
}
