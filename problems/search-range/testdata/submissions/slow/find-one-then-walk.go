package solution

// SearchRange binary-searches one copy of the target, then walks left and
// right to the ends of its run: correct, but O(n) when the run is long.
func SearchRange(nums []int, target int) []int {
	lo, hi := 0, len(nums)-1
	for lo <= hi {
		mid := lo + (hi-lo)/2
		switch {
		case nums[mid] < target:
			lo = mid + 1
		case nums[mid] > target:
			hi = mid - 1
		default:
			first, last := mid, mid
			for first > 0 && nums[first-1] == target {
				first--
			}
			for last+1 < len(nums) && nums[last+1] == target {
				last++
			}
			return []int{first, last}
		}
	}
	return []int{-1, -1}
}
