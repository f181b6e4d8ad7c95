package solution

// TrapRainWater scans left to right: from each wall it looks for the next
// bar at least as tall, fills the pool in between to the wall's height and
// jumps there. Once no bar to the right is as tall as the wall - past the
// tallest bar - it stops, so water held by a lower bar on the right is never
// counted.
func TrapRainWater(heights []int) int {
	water := 0
	for i := 0; i < len(heights); {
		j := i + 1
		for j < len(heights) && heights[j] < heights[i] {
			j++
		}
		if j == len(heights) {
			break
		}
		for k := i + 1; k < j; k++ {
			water += heights[i] - heights[k]
		}
		i = j
	}
	return water
}
