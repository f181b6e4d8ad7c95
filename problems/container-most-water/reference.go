// Package containermostwater is the reference for container-most-water: the
// most water two lines can hold, by two pointers closing in.
package containermostwater

import "math/rand"

// MaxArea starts with the outermost lines and moves the pointer at the
// shorter line inward: every container keeping that line and narrower is
// worse, so nothing better is skipped. O(n).
func MaxArea(heights []int) int {
	best := 0
	i, j := 0, len(heights)-1
	for i < j {
		if heights[i] < heights[j] {
			best = max(best, heights[i]*(j-i))
			i++
		} else {
			best = max(best, heights[j]*(j-i))
			j--
		}
	}
	return best
}

// Ladder is the sizes of the scaling ladder: 64x from bottom to top, the top
// at the largest n the statement allows.
var Ladder = []int{1562, 3125, 6250, 12500, 25000, 50000, 100000}

// Random is the sizes of the random hidden cases.
var Random = []int{2, 2, 3, 4, 5, 6, 8, 12, 30, 1000}

const top = 1_000_000_000

// Generate returns n heights in [0, 10^9]: uniform ones; small ones with
// many ties and zeros; or low lines with one towering spike inside, where
// the best pair is usually two lower lines far apart rather than the spike
// and its best partner.
func Generate(r *rand.Rand, n int) []any {
	heights := make([]int, n)
	switch r.Intn(3) {
	case 0:
		for i := range heights {
			heights[i] = r.Intn(top + 1)
		}
	case 1:
		for i := range heights {
			heights[i] = r.Intn(11)
		}
	default:
		for i := range heights {
			heights[i] = r.Intn(top/4 + 1)
		}
		if n >= 3 {
			heights[1+r.Intn(n-2)] = top - r.Intn(1000)
		}
	}
	return []any{heights}
}
