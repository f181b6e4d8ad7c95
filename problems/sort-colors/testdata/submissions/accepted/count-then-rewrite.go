package solution

// SortColors counts each colour, then rewrites the array: two passes, O(n).
func SortColors(nums []int) {
	var count [3]int
	for _, v := range nums {
		count[v]++
	}
	i := 0
	for colour, c := range count {
		for ; c > 0; c-- {
			nums[i] = colour
			i++
		}
	}
}
