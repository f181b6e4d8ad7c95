package solution

// SpiralOrder walks one cell at a time, turning clockwise whenever the next
// cell is outside the matrix or already read, as marked in a grid of flags.
// O(m*n).
func SpiralOrder(matrix [][]int) []int {
	m, n := len(matrix), len(matrix[0])
	seen := make([][]bool, m)
	for i := range seen {
		seen[i] = make([]bool, n)
	}
	dr := [4]int{0, 1, 0, -1}
	dc := [4]int{1, 0, -1, 0}
	out := make([]int, 0, m*n)
	r, c, d := 0, 0, 0
	for k := 0; k < m*n; k++ {
		out = append(out, matrix[r][c])
		seen[r][c] = true
		nr, nc := r+dr[d], c+dc[d]
		if nr < 0 || nr >= m || nc < 0 || nc >= n || seen[nr][nc] {
			d = (d + 1) % 4
			nr, nc = r+dr[d], c+dc[d]
		}
		r, c = nr, nc
	}
	return out
}
