package solution

// TotalNQueens tries every arrangement of one queen per row and column - all
// n! of them - and checks the diagonals only once a board is full: correct,
// but nothing is pruned, O(n! * n^2).
func TotalNQueens(n int) int {
	cols := make([]int, n)
	for i := range cols {
		cols[i] = i
	}
	count := 0
	var arrange func(k int)
	arrange = func(k int) {
		if k == n {
			if noDiagonalAttack(cols) {
				count++
			}
			return
		}
		for i := k; i < n; i++ {
			cols[k], cols[i] = cols[i], cols[k]
			arrange(k + 1)
			cols[k], cols[i] = cols[i], cols[k]
		}
	}
	arrange(0)
	return count
}

func noDiagonalAttack(cols []int) bool {
	for i := range cols {
		for j := i + 1; j < len(cols); j++ {
			if j-i == cols[j]-cols[i] || j-i == cols[i]-cols[j] {
				return false
			}
		}
	}
	return true
}
