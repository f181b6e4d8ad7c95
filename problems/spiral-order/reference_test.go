package spiralorder

import (
	"math/rand"
	"testing"

	"github.com/grindjudge/grind/problems/problemtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReferenceOnStoredCases(t *testing.T) {
	problemtest.Cases(t, "spiral-order", SpiralOrder)
}

// walk follows the spiral one cell at a time, turning right whenever the
// next cell is outside or already read.
func walk(matrix [][]int) []int {
	m, n := len(matrix), len(matrix[0])
	seen := make([][]bool, m)
	for i := range seen {
		seen[i] = make([]bool, n)
	}
	dr, dc := []int{0, 1, 0, -1}, []int{1, 0, -1, 0}
	var out []int
	r, c, d := 0, 0, 0
	for k := 0; k < m*n; k++ {
		out = append(out, matrix[r][c])
		seen[r][c] = true
		nr, nc := r+dr[d], c+dc[d]
		if nr < 0 || nr >= m || nc < 0 || nc >= n || seen[nr][nc] {
			d = (d + 1) % 4
			nr, nc = r+dr[d], c+dc[d]
		}
		r, c = nr, nc
	}
	return out
}

func numbered(m, n int) [][]int {
	matrix := make([][]int, m)
	for i := range matrix {
		matrix[i] = make([]int, n)
		for j := range matrix[i] {
			matrix[i][j] = i*n + j
		}
	}
	return matrix
}

func TestReferenceAgainstWalkOnEveryShape(t *testing.T) {
	for m := 1; m <= 25; m++ {
		for n := 1; n <= 25; n++ {
			matrix := numbered(m, n)
			assert.Equal(t, walk(matrix), SpiralOrder(matrix), "%dx%d", m, n)
		}
	}
}

func TestReferenceAgainstWalkOnRandomInputs(t *testing.T) {
	r := rand.New(rand.NewSource(29))
	for k := 0; k < 400; k++ {
		matrix := Generate(r, 1+r.Intn(12))[0].([][]int)
		assert.Equal(t, walk(matrix), SpiralOrder(matrix), "matrix=%v", matrix)
	}
}

func TestSpiralReadsEachCellOnce(t *testing.T) {
	matrix := numbered(37, 52)
	got := SpiralOrder(matrix)
	require.Len(t, got, 37*52)
	seen := map[int]bool{}
	for _, v := range got {
		seen[v] = true
	}
	assert.Len(t, seen, 37*52)
}

func TestGeneratorKeepsTheRules(t *testing.T) {
	r := rand.New(rand.NewSource(31))
	shapes := map[string]int{}
	for k := 0; k < 300; k++ {
		n := 1 + r.Intn(12)
		matrix := Generate(r, n)[0].([][]int)
		m, cols := len(matrix), len(matrix[0])
		require.True(t, m >= 1 && m <= n && cols >= 1 && cols <= n)
		for _, row := range matrix {
			require.Len(t, row, cols)
			for _, v := range row {
				require.True(t, v >= -1_000_000_000 && v <= 1_000_000_000)
			}
		}
		switch {
		case m == 1:
			shapes["row"]++
		case cols == 1:
			shapes["column"]++
		case m > cols:
			shapes["tall"]++
		case m < cols:
			shapes["wide"]++
		}
	}
	for _, s := range []string{"row", "column", "tall", "wide"} {
		assert.Greater(t, shapes[s], 20, "%s shapes must come up", s)
	}
	matrix := Generate(r, 1000)[0].([][]int)
	assert.Len(t, matrix, 1000)
	assert.Len(t, matrix[999], 1000)
}
