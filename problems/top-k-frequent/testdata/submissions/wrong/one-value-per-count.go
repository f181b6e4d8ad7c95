package solution

// TopKFrequent buckets the values by count, but each bucket holds a single
// value: when two values share a count, one overwrites the other and the
// answer comes up short.
func TopKFrequent(nums []int, k int) []int {
	count := map[int]int{}
	for _, v := range nums {
		count[v]++
	}
	byCount := map[int]int{}
	for v, c := range count {
		byCount[c] = v
	}
	var out []int
	for c := len(nums); c >= 1 && len(out) < k; c-- {
		if v, ok := byCount[c]; ok {
			out = append(out, v)
		}
	}
	return out
}
