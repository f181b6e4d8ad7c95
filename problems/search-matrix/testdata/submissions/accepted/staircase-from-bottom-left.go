package solution

// SearchMatrix walks a staircase from the bottom-left corner: up when the
// cell is larger than the target, right when it is smaller. O(m+n).
func SearchMatrix(matrix [][]int, target int) bool {
	r, c := len(matrix)-1, 0
	for r >= 0 && c < len(matrix[0]) {
		switch v := matrix[r][c]; {
		case v == target:
			return true
		case v > target:
			r--
		default:
			c++
		}
	}
	return false
}
