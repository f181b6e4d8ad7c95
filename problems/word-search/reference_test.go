package wordsearch

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/grindjudge/grind/problems/kit"
	"github.com/grindjudge/grind/problems/problemtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReferenceOnStoredCases(t *testing.T) {
	problemtest.Cases(t, "word-search", WordSearch)
}

// brute spells out every path of len(word) distinct, edge-adjacent cells
// from every start, without looking at the letters on the way, and compares
// the whole string at the end.
func brute(board []string, word string) bool {
	rows, cols := len(board), len(board[0])
	used := make([][]bool, rows)
	for i := range used {
		used[i] = make([]bool, cols)
	}
	buf := make([]byte, 0, len(word))
	var walk func(r, c int) bool
	walk = func(r, c int) bool {
		if r < 0 || c < 0 || r >= rows || c >= cols || used[r][c] {
			return false
		}
		buf = append(buf, board[r][c])
		used[r][c] = true
		found := false
		if len(buf) == len(word) {
			found = string(buf) == word
		} else {
			found = walk(r-1, c) || walk(r+1, c) || walk(r, c-1) || walk(r, c+1)
		}
		used[r][c] = false
		buf = buf[:len(buf)-1]
		return found
	}
	for r := range rows {
		for c := range cols {
			if walk(r, c) {
				return true
			}
		}
	}
	return false
}

func TestReferenceAgainstBruteForce(t *testing.T) {
	r := rand.New(rand.NewSource(21))
	trues := 0
	for k := 0; k < 1500; k++ {
		var board []string
		var word string
		if k%2 == 0 {
			args := Generate(r, 1+r.Intn(12))
			board, word = args[0].([]string), args[1].(string)
			if len(word) > 7 {
				continue
			}
		} else {
			rows, cols := 1+r.Intn(3), 1+r.Intn(4)
			for range rows {
				board = append(board, kit.String(r, cols, "ab"))
			}
			word = kit.String(r, 1+r.Intn(min(7, rows*cols+1)), "ab")
		}
		before := strings.Join(board, "|")
		want := brute(board, word)
		if want {
			trues++
		}
		assert.Equal(t, want, WordSearch(board, word), "board=%q word=%q", board, word)
		assert.Equal(t, before, strings.Join(board, "|"))
	}
	assert.Greater(t, trues, 300, "too few true answers to test with")
}

func TestGeneratorKeepsTheRules(t *testing.T) {
	r := rand.New(rand.NewSource(22))
	sizes := append(append([]int{}, Random...), Ladder...)
	answers := map[bool]int{}
	for k := 0; k < 200; k++ {
		n := sizes[k%len(sizes)]
		args := Generate(r, n)
		board, word := args[0].([]string), args[1].(string)
		require.NotEmpty(t, board)
		assert.LessOrEqual(t, len(board), 100)
		cells := 0
		for _, row := range board {
			require.Len(t, row, len(board[0]), "rows differ in length")
			assert.True(t, len(row) >= 1 && len(row) <= 100)
			cells += len(row)
			for _, ch := range row {
				assert.True(t, ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z', "%q is not a letter", ch)
			}
		}
		assert.True(t, len(word) >= 1 && len(word) <= 15, "word %q", word)
		for _, ch := range word {
			assert.True(t, ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z', "%q is not a letter", ch)
		}
		assert.InDelta(t, n, cells, float64(n)/2+2, "n=%d: %d cells", n, cells)
		if n >= 100 {
			all := strings.Join(board, "")
			assert.LessOrEqual(t, strings.Count(all, "C"), 1, "at most one C")
			assert.Len(t, word, 12)
			answers[WordSearch(board, word)]++
		}
	}
	assert.Greater(t, answers[true], 10, "the large boards should sometimes hold the word")
	assert.Greater(t, answers[false], 10, "the large boards should sometimes lack the word")
}
