// Package nqueenscount is the reference for n-queens-count: backtracking,
// one queen per row.
package nqueenscount

import "math/rand"

// TotalNQueens places a queen in each row in turn, in every column that no
// earlier queen attacks, and counts the boards completed. Attacks are
// looked up in O(1): a column, a diagonal (row + col is constant along it)
// and an anti-diagonal (row - col is constant). The search visits fewer
// than n! partial boards.
//
// This is the plain boolean-array backtracking an interviewer expects, not
// the faster bitmask version: the judge limits a case to a multiple of the
// reference's time, and that multiple is meant for the standard solution.
func TotalNQueens(n int) int {
	b := board{
		n:    n,
		col:  make([]bool, n),
		diag: make([]bool, 2*n-1),
		anti: make([]bool, 2*n-1),
	}
	return b.place(0)
}

type board struct {
	n               int
	col, diag, anti []bool
}

// place counts the ways to complete the board from row r on.
func (b *board) place(r int) int {
	if r == b.n {
		return 1
	}
	count := 0
	for c := 0; c < b.n; c++ {
		d, a := r+c, r-c+b.n-1
		if b.col[c] || b.diag[d] || b.anti[a] {
			continue
		}
		b.col[c], b.diag[d], b.anti[a] = true, true, true
		count += b.place(r + 1)
		b.col[c], b.diag[d], b.anti[a] = false, false, false
	}
	return count
}

// Ladder is the board sizes of the scaling ladder: n is at most 13, so the
// ladder is consecutive boards and spans less than 2x. It stops at 12, one
// below the largest board: the search grows about fivefold per step, the
// reference takes about 100 ms at 12 and half a second at 13, and the
// ladder times each size several times over, for the solution and the
// reference both - at 13 that alone would take most of the judge's
// 20-second budget for a run. The largest board is judged once, as a
// random case. Trying every arrangement of one queen per row and column
// without pruning cannot finish 11.
var Ladder = []int{7, 8, 9, 10, 11, 12}

// Random is the board sizes of the random hidden cases: every board, once.
// There are only 13, so they repeat the hand-written cases, which stop at
// 10: a hand-written case gets the judge's floor of 100 ms as its limit,
// while a generated one gets ten times what the reference took, which the
// boards from 11 up need.
var Random = []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13}

// Generate returns n itself: the case of size n is the n x n board.
func Generate(r *rand.Rand, n int) []any {
	return []any{n}
}
