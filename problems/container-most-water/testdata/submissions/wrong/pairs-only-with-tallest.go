package solution

// MaxArea assumes the tallest line must be one side of the best container
// and only pairs it with each other line: wrong when two lower lines far
// apart hold more.
func MaxArea(heights []int) int {
	tallest := 0
	for i, h := range heights {
		if h > heights[tallest] {
			tallest = i
		}
	}
	best := 0
	for i, h := range heights {
		width := i - tallest
		if width < 0 {
			width = -width
		}
		if area := min(h, heights[tallest]) * width; area > best {
			best = area
		}
	}
	return best
}
