// Package wordsearch is the reference for word-search: depth-first search
// from every cell, marking the cells on the current path.
package wordsearch

import (
	"math"
	"math/rand"
)

// WordSearch tries every cell as the start and extends the match one
// neighbour at a time, giving up on a branch at the first letter that does
// not match. The cells on the current path are overwritten with 0 in a
// byte copy of the board and restored on the way back, so another path can
// use them. From each cell there are at most 3 new directions: O(m*n*3^len)
// in the worst case, far less when letters stop matching early.
func WordSearch(board []string, word string) bool {
	if len(word) > len(board)*len(board[0]) {
		return false
	}
	grid := make([][]byte, len(board))
	for i, row := range board {
		grid[i] = []byte(row)
	}
	var match func(r, c, k int) bool
	match = func(r, c, k int) bool {
		if r < 0 || c < 0 || r >= len(grid) || c >= len(grid[r]) || grid[r][c] != word[k] {
			return false
		}
		if k == len(word)-1 {
			return true
		}
		grid[r][c] = 0
		found := match(r-1, c, k+1) || match(r+1, c, k+1) || match(r, c-1, k+1) || match(r, c+1, k+1)
		grid[r][c] = word[k]
		return found
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

// Ladder is the numbers of cells of the scaling ladder, up to a 100 x 100
// board, the largest allowed. The word is 12 letters long on a board of two
// letters, so about half the neighbours match at every step and each start
// explores hundreds of partial paths; at the top the reference takes tens
// of milliseconds. Copying the board for every step costs m*n per step.
var Ladder = []int{156, 312, 625, 1250, 2500, 5000, 10000}

// Random is the numbers of cells of the random hidden cases.
var Random = []int{1, 2, 3, 4, 6, 9, 12, 20, 30, 100, 1000, 10000}

// Generate returns a board of about n cells and a word.
//
// Up to 99 cells: letters from "abAB", and the word is either traced along
// a random path of the board (the answer is true) or random letters of
// random length, up to one more than the cells (mostly false).
//
// From 100 cells: letters from "ab", and a word of 11 such letters then a
// 'C' (12 in all); half the time the board holds no 'C' and the answer is
// false, half the time its last cell is the only 'C', with the word traced
// backwards from it, so the answer is true but a scan in reading order
// finds it last. Either way a plain search explores about the whole board.
func Generate(r *rand.Rand, n int) []any {
	n = max(1, min(n, 10000))
	rows := max(1, min(100, int(math.Round(math.Sqrt(float64(n))*(0.7+0.6*r.Float64())))))
	cols := max(1, min(100, (n+rows-1)/rows))
	alphabet := "abAB"
	if n >= 100 {
		alphabet = "ab"
	}
	grid := make([][]byte, rows)
	for i := range grid {
		grid[i] = make([]byte, cols)
		for j := range grid[i] {
			grid[i][j] = alphabet[r.Intn(len(alphabet))]
		}
	}
	var word []byte
	switch {
	case n >= 100:
		word = make([]byte, 12)
		for i := range 11 {
			word[i] = alphabet[r.Intn(2)]
		}
		word[11] = 'C'
		if r.Intn(2) == 0 {
			// trace the word backwards from the last cell
			path := randomPath(r, rows, cols, rows-1, cols-1, len(word))
			if len(path) == len(word) {
				for k, p := range path {
					grid[p[0]][p[1]] = word[len(word)-1-k]
				}
			}
		}
	case r.Intn(2) == 0:
		path := randomPath(r, rows, cols, r.Intn(rows), r.Intn(cols), 1+r.Intn(min(15, rows*cols)))
		for _, p := range path {
			word = append(word, grid[p[0]][p[1]])
		}
	default:
		word = make([]byte, 1+r.Intn(min(15, rows*cols+1)))
		for i := range word {
			word[i] = alphabet[r.Intn(len(alphabet))]
		}
	}
	board := make([]string, rows)
	for i, row := range grid {
		board[i] = string(row)
	}
	return []any{board, string(word)}
}

// randomPath walks from (r0, c0) to random unvisited neighbours, up to
// length cells; it stops early when it gets stuck.
func randomPath(r *rand.Rand, rows, cols, r0, c0, length int) [][2]int {
	seen := map[[2]int]bool{{r0, c0}: true}
	path := [][2]int{{r0, c0}}
	for len(path) < length {
		cur := path[len(path)-1]
		var next [][2]int
		for _, d := range [][2]int{{-1, 0}, {1, 0}, {0, -1}, {0, 1}} {
			p := [2]int{cur[0] + d[0], cur[1] + d[1]}
			if p[0] >= 0 && p[1] >= 0 && p[0] < rows && p[1] < cols && !seen[p] {
				next = append(next, p)
			}
		}
		if len(next) == 0 {
			break
		}
		p := next[r.Intn(len(next))]
		seen[p] = true
		path = append(path, p)
	}
	return path
}
