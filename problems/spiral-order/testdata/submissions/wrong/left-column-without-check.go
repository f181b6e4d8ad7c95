package solution

// SpiralOrder reads ring by ring and checks top <= bottom before reading
// the bottom row, but not left <= right before reading the left column: when
// the last part is a single column, it is read down and then up again.
func SpiralOrder(matrix [][]int) []int {
	top, bottom, left, right := 0, len(matrix)-1, 0, len(matrix[0])-1
	var out []int
	for top <= bottom && left <= right {
		for j := left; j <= right; j++ {
			out = append(out, matrix[top][j])
		}
		top++
		for i := top; i <= bottom; i++ {
			out = append(out, matrix[i][right])
		}
		right--
		if top <= bottom {
			for j := right; j >= left; j-- {
				out = append(out, matrix[bottom][j])
			}
			bottom--
		}
		for i := bottom; i >= top; i-- {
			out = append(out, matrix[i][left])
		}
		left++
	}
	return out
}
