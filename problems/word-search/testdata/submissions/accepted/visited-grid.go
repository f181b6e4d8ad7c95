package solution

// WordSearch runs a depth-first search from every cell, with a separate
// visited grid and a list of directions, unmarking each cell on the way
// back.
func WordSearch(board []string, word string) bool {
	rows, cols := len(board), len(board[0])
	visited := make([][]bool, rows)
	for i := range visited {
		visited[i] = make([]bool, cols)
	}
	dirs := [4][2]int{{0, 1}, {1, 0}, {0, -1}, {-1, 0}}
	var dfs func(r, c, k int) bool
	dfs = func(r, c, k int) bool {
		if board[r][c] != word[k] {
			return false
		}
		if k == len(word)-1 {
			return true
		}
		visited[r][c] = true
		defer func() { visited[r][c] = false }()
		for _, d := range dirs {
			nr, nc := r+d[0], c+d[1]
			if nr >= 0 && nr < rows && nc >= 0 && nc < cols && !visited[nr][nc] && dfs(nr, nc, k+1) {
				return true
			}
		}
		return false
	}
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			if dfs(r, c, 0) {
				return true
			}
		}
	}
	return false
}
