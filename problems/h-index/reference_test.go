package hindex

import (
	"math/rand"
	"slices"
	"testing"

	"github.com/grindjudge/grind/problems/kit"
	"github.com/grindjudge/grind/problems/problemtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReferenceOnStoredCases(t *testing.T) {
	problemtest.Cases(t, "h-index", HIndex)
}

// oracle tries every h from n down and counts the papers each time.
func oracle(citations []int) int {
	for h := len(citations); h > 0; h-- {
		papers := 0
		for _, c := range citations {
			if c >= h {
				papers++
			}
		}
		if papers >= h {
			return h
		}
	}
	return 0
}

func TestReferenceAgainstOracle(t *testing.T) {
	r := rand.New(rand.NewSource(61))
	for k := 0; k < 800; k++ {
		n := 1 + r.Intn(30)
		var citations []int
		switch k % 3 {
		case 0:
			citations = Generate(r, n)[0].([]int)
		case 1:
			citations = kit.Ints(r, n, 0, n+2)
		default:
			citations = kit.Ints(r, n, 0, 3)
		}
		orig := slices.Clone(citations)
		assert.Equal(t, oracle(orig), HIndex(citations), "citations=%v", orig)
	}
}

func TestGeneratorPutsTheAnswerMidway(t *testing.T) {
	r := rand.New(rand.NewSource(10))
	for _, n := range append(slices.Clone(Random), Ladder...) {
		citations := Generate(r, n)[0].([]int)
		require.Len(t, citations, n)
		beyond := 0
		for _, c := range citations {
			require.True(t, c >= 0 && c <= 1_000_000_000)
			if c > n {
				beyond++
			}
		}
		if n >= 1000 {
			h := HIndex(citations)
			assert.True(t, h > n*2/5 && h < n*3/5, "n=%d h=%d", n, h)
			assert.Greater(t, beyond, n/20, "n=%d: some counts must exceed n", n)
		}
	}
}
