package solution

// SearchMatrix walks the staircase from the top-right corner but loops
// while c > 0 instead of c >= 0, so it never looks at the first column: a
// target there is reported missing.
func SearchMatrix(matrix [][]int, target int) bool {
	r, c := 0, len(matrix[0])-1
	for r < len(matrix) && c > 0 {
		v := matrix[r][c]
		if v == target {
			return true
		}
		if v > target {
			c--
		} else {
			r++
		}
	}
	return false
}
