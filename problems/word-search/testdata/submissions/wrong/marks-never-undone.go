package solution

// WordSearch marks each cell it steps on but forgets to unmark it when a
// branch fails, so a cell tried on a dead end stays blocked for every later
// path - including the one that needed it.
func WordSearch(board []string, word string) bool {
	grid := make([][]byte, len(board))
	for i := range board {
		grid[i] = []byte(board[i])
	}
	var match func(r, c, k int) bool
	match = func(r, c, k int) bool {
		if r < 0 || c < 0 || r >= len(grid) || c >= len(grid[r]) || grid[r][c] != word[k] {
			return false
		}
		if k == len(word)-1 {
			return true
		}
		grid[r][c] = '#'
		return match(r+1, c, k+1) || match(r-1, c, k+1) || match(r, c+1, k+1) || match(r, c-1, k+1)
	}
	for r := range grid {
		for c := range grid[r] {
			if match(r, c, 0) {
				return true
			}
		}
	}
	return false
}
