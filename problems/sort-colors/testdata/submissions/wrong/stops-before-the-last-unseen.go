package solution

// SortColors is the three-pointer partition with the loop condition
// mid < hi: when mid meets hi, that last unseen value is never placed.
func SortColors(nums []int) {
	lo, mid, hi := 0, 0, len(nums)-1
	for mid < hi {
		switch nums[mid] {
		case 0:
			nums[lo], nums[mid] = nums[mid], nums[lo]
			lo++
			mid++
		case 1:
			mid++
		default:
			nums[mid], nums[hi] = nums[hi], nums[mid]
			hi--
		}
	}
}
