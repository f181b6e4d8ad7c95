package solution

import "math/rand"

// TopKFrequent counts the values, then quickselects the distinct values by
// count so that the k most frequent end up in front: O(n) on average. The
// partition is three-way, so many equal counts cost nothing extra.
func TopKFrequent(nums []int, k int) []int {
	count := map[int]int{}
	for _, v := range nums {
		count[v]++
	}
	type item struct{ v, c int }
	items := make([]item, 0, len(count))
	for v, c := range count {
		items = append(items, item{v, c})
	}
	lo, hi := 0, len(items) // the k-th place lies in items[lo:hi]
	for hi-lo > 1 {
		pivot := items[lo+rand.Intn(hi-lo)].c
		// items[lo:lt] > pivot, items[lt:i] == pivot, items[gt:hi] < pivot
		lt, i, gt := lo, lo, hi
		for i < gt {
			switch c := items[i].c; {
			case c > pivot:
				items[lt], items[i] = items[i], items[lt]
				lt++
				i++
			case c < pivot:
				gt--
				items[gt], items[i] = items[i], items[gt]
			default:
				i++
			}
		}
		switch {
		case k <= lt:
			hi = lt
		case k >= gt:
			lo = gt
		default:
			lo, hi = k, k // the boundary falls among equal counts
		}
	}
	out := make([]int, k)
	for i := range out {
		out[i] = items[i].v
	}
	return out
}
