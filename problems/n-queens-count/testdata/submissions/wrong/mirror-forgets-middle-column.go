package solution

// TotalNQueens halves the work by symmetry: it counts the placements whose
// first queen is in the left half and doubles them. On an odd board it
// forgets the middle column, which has no mirror image.
func TotalNQueens(n int) int {
	if n == 1 {
		return 1
	}
	cols := make([]bool, n)
	diag := make([]bool, 2*n)
	anti := make([]bool, 2*n)
	var place func(r int) int
	place = func(r int) int {
		if r == n {
			return 1
		}
		count := 0
		for c := 0; c < n; c++ {
			if cols[c] || diag[r+c] || anti[r-c+n] {
				continue
			}
			cols[c], diag[r+c], anti[r-c+n] = true, true, true
			count += place(r + 1)
			cols[c], diag[r+c], anti[r-c+n] = false, false, false
		}
		return count
	}
	total := 0
	for c := 0; c < n/2; c++ {
		cols[c], diag[c], anti[n-c] = true, true, true
		total += place(1)
		cols[c], diag[c], anti[n-c] = false, false, false
	}
	return 2 * total
}
