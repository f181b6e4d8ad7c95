package solution

// TopKFrequent counts the values, then k times over scans every count for the
// largest and removes it: correct, O(n + k*d) for d distinct values, which is
// O(n^2) when k and d both grow with n.
func TopKFrequent(nums []int, k int) []int {
	count := map[int]int{}
	for _, v := range nums {
		count[v]++
	}
	out := make([]int, 0, k)
	for len(out) < k {
		best, bestCount := 0, 0
		for v, c := range count {
			if c > bestCount {
				best, bestCount = v, c
			}
		}
		out = append(out, best)
		delete(count, best)
	}
	return out
}
