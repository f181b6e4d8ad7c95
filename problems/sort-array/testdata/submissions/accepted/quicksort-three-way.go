package solution

import "math/rand"

// SortArray is quicksort with a random pivot and a three-way partition, so
// runs of equal values are settled in one step. Recursing into the smaller
// side keeps the stack at O(log n). O(n log n) expected.
func SortArray(nums []int) []int {
	quicksort(nums)
	return nums
}

func quicksort(a []int) {
	for len(a) > 1 {
		p := a[rand.Intn(len(a))]
		lt, i, gt := 0, 0, len(a)
		for i < gt {
			switch {
			case a[i] < p:
				a[lt], a[i] = a[i], a[lt]
				lt++
				i++
			case a[i] > p:
				gt--
				a[i], a[gt] = a[gt], a[i]
			default:
				i++
			}
		}
		if lt < len(a)-gt {
			quicksort(a[:lt])
			a = a[gt:]
		} else {
			quicksort(a[gt:])
			a = a[:lt]
		}
	}
}
