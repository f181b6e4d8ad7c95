package solution

// ContainsNearbyDuplicate reads "at most k apart" as "less than k apart":
// a pair exactly k positions apart is missed.
func ContainsNearbyDuplicate(nums []int, k int) bool {
	last := map[int]int{}
	for i, v := range nums {
		if j, ok := last[v]; ok && i-j < k {
			return true
		}
		last[v] = i
	}
	return false
}
