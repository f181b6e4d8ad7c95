// Package spiralorder is the reference for spiral-order: a matrix read
// clockwise from the top-left, ring by ring.
package spiralorder

import "math/rand"

// SpiralOrder keeps the bounds of the part not yet read and reads its top
// row, right column, bottom row and left column in turn, checking before the
// last two that the part is still more than one row or column: O(m*n).
func SpiralOrder(matrix [][]int) []int {
	top, bottom, left, right := 0, len(matrix)-1, 0, len(matrix[0])-1
	out := make([]int, 0, len(matrix)*len(matrix[0]))
	for top <= bottom && left <= right {
		out = append(out, matrix[top][left:right+1]...)
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
		if left <= right {
			for i := bottom; i >= top; i-- {
				out = append(out, matrix[i][left])
			}
			left++
		}
	}
	return out
}

// Ladder is the side lengths of the square matrices of the scaling ladder:
// 66x from bottom to top, the top at the largest the statement allows
// (10^6 values).
var Ladder = []int{15, 31, 62, 125, 250, 500, 1000}

// Random is the sizes of the random hidden cases: for n up to 12, the
// number of rows and of columns are each drawn from 1 to n.
var Random = []int{1, 2, 2, 3, 3, 4, 5, 6, 8, 12, 12, 40}

const limit = 1_000_000_000

// Generate returns a matrix of random values in [-10^9, 10^9]. For n up to
// 12 its shape is random - single rows and columns, tall and wide - with
// m and n each from 1 to n; above, it is n by n.
func Generate(r *rand.Rand, n int) []any {
	rows, cols := n, n
	if n <= 12 {
		rows, cols = 1+r.Intn(n), 1+r.Intn(n)
	}
	matrix := make([][]int, rows)
	for i := range matrix {
		matrix[i] = make([]int, cols)
		for j := range matrix[i] {
			matrix[i][j] = r.Intn(2*limit+1) - limit
		}
	}
	return []any{matrix}
}
