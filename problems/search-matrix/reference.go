// Package searchmatrix is the reference for search-matrix: a value in a
// matrix whose rows and columns are sorted.
package searchmatrix

import "math/rand"

// SearchMatrix walks a staircase from the top-right corner. That cell is
// the largest of its row and the smallest of its column: above the target,
// the rest of its column is too, so step left; below it, the rest of its
// row is too, so step down. Each step drops a column or a row: O(m+n).
func SearchMatrix(matrix [][]int, target int) bool {
	if len(matrix) == 0 {
		return false
	}
	r, c := 0, len(matrix[0])-1
	for r < len(matrix) && c >= 0 {
		v := matrix[r][c]
		switch {
		case v == target:
			return true
		case v > target:
			c--
		default:
			r++
		}
	}
	return false
}

// Ladder is the sizes of the scaling ladder: square matrices of side n, up
// to the largest the statement allows (a million cells).
var Ladder = []int{15, 31, 62, 125, 250, 500, 1000}

// Random is the sizes of the random hidden cases: at most n rows and n
// columns (exactly n of each from 15 on).
var Random = []int{1, 2, 2, 3, 4, 5, 8, 10, 12, 20, 100, 1000}

// Generate returns a matrix with sorted rows and columns, and a target.
// Below 15 (smaller than the ladder) the shape is random, at most n by n,
// with small values that repeat; from 15 on it is n by n with values spread
// over [-10^9, 10^9].
// The values grow along both axes alike, so a value's cells lie near an
// anti-diagonal. Half the time the target is a cell near the centre, n/2
// steps along and n/2 down from either corner: a staircase from the top
// right or the bottom left takes about n steps to it and a scan row by row
// passes half the cells first. Otherwise the target is absent, one below
// such a cell: a staircase walks about 2n steps until it leaves the matrix,
// and a scan looks at every cell.
func Generate(r *rand.Rand, n int) []any {
	const small = 15
	rows, cols, step := n, n, 1_000_000
	if n < small {
		rows, cols, step = 1+r.Intn(n), 1+r.Intn(n), 3
	}
	base := -1_000_000_000 + r.Intn(1000)
	if n < small {
		base = -30 + r.Intn(20)
	}
	cells := make([]int, rows*cols)
	matrix := make([][]int, rows)
	for i := range matrix {
		matrix[i] = cells[i*cols : (i+1)*cols : (i+1)*cols]
		for j := range matrix[i] {
			v := base
			if i > 0 {
				v = matrix[i-1][j]
			}
			if j > 0 {
				v = max(v, matrix[i][j-1])
			}
			if i > 0 || j > 0 {
				v += r.Intn(step)
			}
			matrix[i][j] = v
		}
	}
	i := n/2 - n/20 + r.Intn(n/10+1)
	j := n/2 - n/20 + r.Intn(n/10+1)
	if n < small {
		i, j = r.Intn(rows), r.Intn(cols)
	}
	target := matrix[i][j]
	if r.Intn(2) == 0 {
		target-- // absent unless a cell holds it
	}
	return []any{matrix, target}
}
