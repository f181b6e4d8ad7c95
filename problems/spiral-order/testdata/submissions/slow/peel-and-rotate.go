package solution

// SpiralOrder takes the top row, turns the rest of the matrix a quarter
// counter-clockwise so that its right column becomes the top row, and
// repeats. Correct, but each turn copies what is left:
// O(m*n*min(m, n)).
func SpiralOrder(matrix [][]int) []int {
	var out []int
	for len(matrix) > 0 {
		out = append(out, matrix[0]...)
		matrix = turnLeft(matrix[1:])
	}
	return out
}

func turnLeft(m [][]int) [][]int {
	if len(m) == 0 {
		return nil
	}
	rows, cols := len(m), len(m[0])
	t := make([][]int, cols)
	for i := range t {
		t[i] = make([]int, rows)
		for j := range t[i] {
			t[i][j] = m[j][cols-1-i]
		}
	}
	return t
}
