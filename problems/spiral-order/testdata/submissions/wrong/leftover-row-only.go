package solution

// SpiralOrder peels full rings while the rest is at least two rows and two
// columns, then reads what is left as a row - the centre of a square, or
// the middle row of a wide matrix. A tall matrix leaves a column instead,
// which is never read.
func SpiralOrder(matrix [][]int) []int {
	top, bottom, left, right := 0, len(matrix)-1, 0, len(matrix[0])-1
	var out []int
	for top < bottom && left < right {
		for j := left; j < right; j++ {
			out = append(out, matrix[top][j])
		}
		for i := top; i < bottom; i++ {
			out = append(out, matrix[i][right])
		}
		for j := right; j > left; j-- {
			out = append(out, matrix[bottom][j])
		}
		for i := bottom; i > top; i-- {
			out = append(out, matrix[i][left])
		}
		top, bottom, left, right = top+1, bottom-1, left+1, right-1
	}
	if top == bottom {
		for j := left; j <= right; j++ {
			out = append(out, matrix[top][j])
		}
	}
	return out
}
