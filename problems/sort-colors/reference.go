// Package sortcolors is the reference for sort-colors: the Dutch national
// flag partition in one pass.
package sortcolors

import "math/rand"

// SortColors keeps three regions: [0, lo) holds 0s, [lo, mid) 1s and
// (hi, n) 2s, with [mid, hi] still unseen. Each step classifies nums[mid];
// a value swapped in from hi is unseen, so mid stays put then. One pass,
// O(n), O(1) extra space.
func SortColors(nums []int) {
	lo, mid, hi := 0, 0, len(nums)-1
	for mid <= hi {
		switch nums[mid] {
		case 0:
			nums[lo], nums[mid] = nums[mid], nums[lo]
			lo++
			mid++
		case 1:
			mid++
		default:
			nums[mid], nums[hi] = nums[hi], nums[mid]
			hi--
		}
	}
}

// Ladder is the sizes of the scaling ladder, up to the largest array
// allowed.
var Ladder = []int{1562, 3125, 6250, 12500, 25000, 50000, 100000}

// Random is the sizes of the random hidden cases.
var Random = []int{1, 2, 3, 3, 4, 5, 7, 12, 100, 1000}

// Generate returns n colour codes. Half the entries are uniform; the other
// half follow the reverse of sorted order (2s early, 0s late), so the array
// is far from sorted and a solution that swaps neighbours or inserts one
// value at a time does about n^2/4 moves.
func Generate(r *rand.Rand, n int) []any {
	nums := make([]int, n)
	for i := range nums {
		if r.Intn(2) == 0 {
			nums[i] = r.Intn(3)
		} else {
			nums[i] = 2 - 3*i/n
		}
	}
	return []any{nums}
}
