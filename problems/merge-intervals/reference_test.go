package mergeintervals

import (
	"math/rand"
	"slices"
	"testing"

	"github.com/grindjudge/grind/problems/problemtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReferenceOnStoredCases(t *testing.T) {
	problemtest.Cases(t, "merge-intervals", MergeIntervals)
}

// oracle marks every covered point and every covered gap between two
// neighbouring points of a small grid, then reads off the runs: a run ends
// where the next point is not reached by a covered gap.
func oracle(intervals [][]int) [][]int {
	hi := 0
	for _, iv := range intervals {
		hi = max(hi, iv[1])
	}
	point := make([]bool, hi+1)
	link := make([]bool, hi+1) // link[x]: x and x+1 lie in one interval
	for _, iv := range intervals {
		for x := iv[0]; x <= iv[1]; x++ {
			point[x] = true
			if x < iv[1] {
				link[x] = true
			}
		}
	}
	var out [][]int
	for x := 0; x <= hi; x++ {
		if !point[x] {
			continue
		}
		start := x
		for link[x] {
			x++
		}
		out = append(out, []int{start, x})
	}
	return out
}

func TestReferenceAgainstOracle(t *testing.T) {
	r := rand.New(rand.NewSource(31))
	for k := 0; k < 800; k++ {
		n := 1 + r.Intn(25)
		var intervals [][]int
		if k%2 == 0 {
			intervals = Generate(r, n)[0].([][]int)
		} else {
			for range n {
				s := r.Intn(15)
				intervals = append(intervals, []int{s, s + r.Intn(4)})
			}
		}
		orig := clone(intervals)
		got := MergeIntervals(intervals)
		assert.Equal(t, oracle(orig), got, "intervals=%v", orig)
		assert.Equal(t, orig, intervals, "the input must not change")
	}
}

func clone(intervals [][]int) [][]int {
	out := make([][]int, len(intervals))
	for i, iv := range intervals {
		out[i] = slices.Clone(iv)
	}
	return out
}

func TestGeneratorKeepsTheConstraintsAndManyIntervals(t *testing.T) {
	r := rand.New(rand.NewSource(6))
	for _, n := range append(slices.Clone(Random), Ladder...) {
		intervals := Generate(r, n)[0].([][]int)
		require.Len(t, intervals, n)
		ends := map[int]bool{}
		touching := 0
		for _, iv := range intervals {
			require.True(t, 0 <= iv[0] && iv[0] <= iv[1] && iv[1] <= 1_000_000_000, "%v", iv)
			ends[iv[1]] = true
		}
		for _, iv := range intervals {
			if ends[iv[0]] {
				touching++
			}
		}
		if n >= 1000 {
			merged := len(MergeIntervals(intervals))
			assert.Greater(t, merged, n/2, "n=%d: the answer must stay long", n)
			assert.Greater(t, touching, n/20, "n=%d: some intervals must touch", n)
		}
	}
}
