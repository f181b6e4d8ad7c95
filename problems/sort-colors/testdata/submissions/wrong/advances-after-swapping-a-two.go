package solution

// SortColors is the three-pointer partition, but after swapping a 2 to the
// back it also advances mid, so the value that came from the back is never
// looked at - a 0 brought forward stays in the middle.
func SortColors(nums []int) {
	lo, mid, hi := 0, 0, len(nums)-1
	for mid <= hi {
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
			mid++
		}
	}
}
