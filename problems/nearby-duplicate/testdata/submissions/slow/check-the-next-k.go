package solution

// ContainsNearbyDuplicate compares each value with the k values after it:
// correct, O(n*k), which is O(n^2) when k grows with n.
func ContainsNearbyDuplicate(nums []int, k int) bool {
	for i := range nums {
		for j := i + 1; j < len(nums) && j <= i+k; j++ {
			if nums[i] == nums[j] {
				return true
			}
		}
	}
	return false
}
