package solution

// ContainsNearbyDuplicate keeps the set of the last k values seen: a value
// already in it has a copy at most k positions back. One pass, O(n).
func ContainsNearbyDuplicate(nums []int, k int) bool {
	window := make(map[int]struct{})
	for i, v := range nums {
		if _, ok := window[v]; ok {
			return true
		}
		window[v] = struct{}{}
		if i >= k {
			delete(window, nums[i-k])
		}
	}
	return false
}
