package searchmatrix

import (
	"math/rand"
	"testing"

	"github.com/grindjudge/grind/problems/problemtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReferenceOnStoredCases(t *testing.T) {
	problemtest.Cases(t, "search-matrix", SearchMatrix)
}

// everyCell looks at every cell.
func everyCell(matrix [][]int, target int) bool {
	for _, row := range matrix {
		for _, v := range row {
			if v == target {
				return true
			}
		}
	}
	return false
}

// sortedMatrix builds a rows x cols matrix with sorted rows and columns
// from small random steps, independently of Generate.
func sortedMatrix(r *rand.Rand, rows, cols int) [][]int {
	m := make([][]int, rows)
	for i := range m {
		m[i] = make([]int, cols)
		for j := range m[i] {
			lo := -5
			if i > 0 {
				lo = m[i-1][j]
			}
			if j > 0 {
				lo = max(lo, m[i][j-1])
			}
			m[i][j] = lo + r.Intn(3)
		}
	}
	return m
}

func TestReferenceAgainstEveryCell(t *testing.T) {
	r := rand.New(rand.NewSource(31))
	for k := 0; k < 1000; k++ {
		var matrix [][]int
		var target int
		if k%2 == 0 {
			args := Generate(r, 1+r.Intn(12))
			matrix, target = args[0].([][]int), args[1].(int)
		} else {
			matrix = sortedMatrix(r, 1+r.Intn(8), 1+r.Intn(8))
			target = r.Intn(30) - 8
		}
		assert.Equal(t, everyCell(matrix, target), SearchMatrix(matrix, target), "matrix=%v target=%d", matrix, target)
	}
	// Every value from below the smallest to above the largest.
	matrix := sortedMatrix(r, 6, 9)
	for target := -7; target <= 40; target++ {
		assert.Equal(t, everyCell(matrix, target), SearchMatrix(matrix, target), "matrix=%v target=%d", matrix, target)
	}
}

func TestGeneratorKeepsTheRules(t *testing.T) {
	r := rand.New(rand.NewSource(32))
	found, missing := 0, 0
	for _, n := range []int{1, 2, 3, 7, 14, 15, 31, 100, 101, 250, 1000} {
		for k := 0; k < 10; k++ {
			args := Generate(r, n)
			matrix, target := args[0].([][]int), args[1].(int)
			rows, cols := len(matrix), len(matrix[0])
			require.True(t, rows >= 1 && rows <= n && cols >= 1 && cols <= n, "n=%d: %dx%d", n, rows, cols)
			if n >= 15 {
				require.Equal(t, n, rows)
				require.Equal(t, n, cols)
			}
			for i := range matrix {
				require.Len(t, matrix[i], cols)
				for j, v := range matrix[i] {
					if v < -1e9 || v > 1e9 {
						t.Fatalf("n=%d: matrix[%d][%d]=%d out of range", n, i, j, v)
					}
					if j > 0 && matrix[i][j-1] > v || i > 0 && matrix[i-1][j] > v {
						t.Fatalf("n=%d: not sorted at [%d][%d]", n, i, j)
					}
				}
			}
			require.True(t, target >= -1e9 && target <= 1e9)
			if everyCell(matrix, target) {
				found++
			} else {
				missing++
			}
			if n >= 15 {
				// A staircase from either corner walks at least n-1 steps.
				assert.GreaterOrEqual(t, walk(matrix, target), n*9/10, "n=%d", n)
			}
		}
	}
	assert.Positive(t, found)
	assert.Positive(t, missing)
}

// walk counts the cells a staircase from the top-right corner looks at.
func walk(matrix [][]int, target int) int {
	r, c, k := 0, len(matrix[0])-1, 0
	for r < len(matrix) && c >= 0 {
		k++
		switch v := matrix[r][c]; {
		case v == target:
			return k
		case v > target:
			c--
		default:
			r++
		}
	}
	return k
}
