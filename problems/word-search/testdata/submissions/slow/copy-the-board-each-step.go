package solution

// WordSearch avoids undoing marks by giving every call its own copy of the
// used-cells grid: correct, but each step of the search copies all m*n
// cells, so it costs O(m*n) per step instead of O(1).
func WordSearch(board []string, word string) bool {
	rows, cols := len(board), len(board[0])
	var dfs func(r, c, k int, used [][]bool) bool
	dfs = func(r, c, k int, used [][]bool) bool {
		if r < 0 || c < 0 || r >= rows || c >= cols || used[r][c] || board[r][c] != word[k] {
			return false
		}
		if k == len(word)-1 {
			return true
		}
		mine := make([][]bool, rows)
		for i := range used {
			mine[i] = append([]bool(nil), used[i]...)
		}
		mine[r][c] = true
		return dfs(r-1, c, k+1, mine) || dfs(r+1, c, k+1, mine) || dfs(r, c-1, k+1, mine) || dfs(r, c+1, k+1, mine)
	}
	empty := make([][]bool, rows)
	for i := range empty {
		empty[i] = make([]bool, cols)
	}
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			if dfs(r, c, 0, empty) {
				return true
			}
		}
	}
	return false
}
