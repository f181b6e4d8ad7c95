package solution

import "math/rand"

// FindKthLargest runs quickselect with Hoare's partition and a random
// pivot: both scans stop on values equal to the pivot, so duplicates are
// split evenly. O(n) on average.
func FindKthLargest(nums []int, k int) int {
	target := len(nums) - k
	lo, hi := 0, len(nums)-1
	for lo < hi {
		pivot := nums[lo+rand.Intn(hi-lo+1)]
		i, j := lo-1, hi+1
		for {
			for i++; nums[i] < pivot; i++ {
			}
			for j--; nums[j] > pivot; j-- {
			}
			if i >= j {
				break
			}
			nums[i], nums[j] = nums[j], nums[i]
		}
		// nums[lo..j] <= pivot <= nums[j+1..hi]
		if target <= j {
			hi = j
		} else {
			lo = j + 1
		}
	}
	return nums[lo]
}
