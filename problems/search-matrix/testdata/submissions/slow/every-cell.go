package solution

// SearchMatrix compares every cell with the target, row by row: correct,
// but O(m*n).
func SearchMatrix(matrix [][]int, target int) bool {
	for _, row := range matrix {
		for _, v := range row {
			if v == target {
				return true
			}
		}
	}
	return false
}
