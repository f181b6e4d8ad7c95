package solution

// ContainsNearbyDuplicate records where each value first appeared and never
// moves it: once a value has a copy far back, its later, closer copies are
// all measured from the far one.
func ContainsNearbyDuplicate(nums []int, k int) bool {
	first := map[int]int{}
	for i, v := range nums {
		j, ok := first[v]
		if !ok {
			first[v] = i
			continue
		}
		if i-j <= k {
			return true
		}
	}
	return false
}
