package mergesorted

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
	problemtest.Cases(t, "merge-sorted", MergeSorted)
}

// oracle concatenates and sorts.
func oracle(a, b []int) []int {
	out := append(slices.Clone(a), b...)
	slices.Sort(out)
	return out
}

func TestReferenceAgainstOracle(t *testing.T) {
	r := rand.New(rand.NewSource(21))
	for k := 0; k < 600; k++ {
		var a, b []int
		if k%2 == 0 {
			args := Generate(r, r.Intn(50))
			a, b = args[0].([]int), args[1].([]int)
		} else {
			a = kit.SortedInts(r, r.Intn(12), -3, 3)
			b = kit.SortedInts(r, r.Intn(12), -3, 3)
		}
		ca, cb := slices.Clone(a), slices.Clone(b)
		got := MergeSorted(a, b)
		assert.Equal(t, len(a)+len(b), len(got))
		assert.True(t, slices.Equal(oracle(a, b), got), "a=%v b=%v got=%v", a, b, got)
		assert.Equal(t, ca, a, "a must not change")
		assert.Equal(t, cb, b, "b must not change")
	}
}

func TestGeneratorKeepsTheConstraints(t *testing.T) {
	r := rand.New(rand.NewSource(4))
	sizes := append(append([]int{}, Random...), Ladder...)
	for _, n := range sizes {
		args := Generate(r, n)
		a, b := args[0].([]int), args[1].([]int)
		require.Equal(t, n, len(a)+len(b))
		require.LessOrEqual(t, len(a), maxLen)
		require.LessOrEqual(t, len(b), maxLen)
		require.True(t, slices.IsSorted(a) && slices.IsSorted(b))
		for _, v := range append(slices.Clone(a), b...) {
			require.True(t, v >= -1_000_000_000 && v <= 1_000_000_000)
		}
		if n >= 1000 {
			// both sides substantial, so inserting one into the other pays
			require.Greater(t, len(a), n/4)
			require.Greater(t, len(b), n/4)
		}
	}
}
