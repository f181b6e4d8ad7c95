// Package findpeak is the reference for find-peak: binary search on the
// slope.
package findpeak

import (
	"math"
	"math/rand"
)

// FindPeak keeps a range [lo, hi] that holds a peak: if nums[mid] is below
// its right neighbour, climbing right from mid must reach a peak, so the
// range moves right; otherwise mid or something left of it is one.
func FindPeak(nums []int) int {
	lo, hi := 0, len(nums)-1
	for lo < hi {
		mid := lo + (hi-lo)/2
		if nums[mid] < nums[mid+1] {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// Ladder is the sizes of the scaling ladder, up to the largest array the
// statement allows.
var Ladder = []int{15625, 31250, 62500, 125000, 250000, 500000, 1000000}

// Random is the sizes of the random hidden cases.
var Random = []int{1, 2, 2, 3, 3, 4, 5, 8, 20, 100, 1000, 100000}

// Generate returns n values whose first peak lies in the last tenth (a scan
// from the left must walk most of the array) and which has other peaks
// after it. Values span the whole int32 range and neighbours always differ.
func Generate(r *rand.Rand, n int) []any {
	nums := make([]int, n)
	peak := n - 1 - r.Intn(max(1, n/10))
	v := math.MinInt32 + 3000 + r.Intn(1000)
	step := max(1, (math.MaxInt32-math.MinInt32-5000)/max(n, 1))
	for i := 0; i <= peak; i++ {
		nums[i] = v
		v += 1 + r.Intn(step)
	}
	// After the peak, a zigzag below it: odd offsets in [peak-3000,
	// peak-2000), even ones in [peak-1000, peak), so neighbours always
	// differ and each even offset is another peak.
	for i := peak + 1; i < n; i++ {
		if (i-peak)%2 == 1 {
			nums[i] = nums[peak] - 2000 - 1 - r.Intn(1000)
		} else {
			nums[i] = nums[peak] - 1 - r.Intn(1000)
		}
	}
	return []any{nums}
}
