package solution

// TotalNQueens backtracks row by row with the attacked columns and
// diagonals of the next row kept as bitmasks: the free squares of a row
// are one expression, and each is taken with free & -free.
func TotalNQueens(n int) int {
	full := 1<<n - 1
	var place func(cols, left, right int) int
	place = func(cols, left, right int) int {
		if cols == full {
			return 1
		}
		count := 0
		for free := full &^ (cols | left | right); free != 0; free &= free - 1 {
			bit := free & -free
			count += place(cols|bit, (left|bit)<<1&full, (right|bit)>>1)
		}
		return count
	}
	return place(0, 0, 0)
}
