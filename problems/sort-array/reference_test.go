package sortarray

import (
	"go/parser"
	"go/token"
	"math/rand"
	"slices"
	"strconv"
	"testing"

	"github.com/grindjudge/grind/problems/kit"
	"github.com/grindjudge/grind/problems/problemtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReferenceOnStoredCases(t *testing.T) {
	problemtest.Cases(t, "sort-array", SortArray)
}

// oracle is insertion sort: obviously right, O(n^2).
func oracle(nums []int) []int {
	out := append([]int(nil), nums...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j-1] > out[j]; j-- {
			out[j-1], out[j] = out[j], out[j-1]
		}
	}
	return out
}

func TestReferenceAgainstOracle(t *testing.T) {
	r := rand.New(rand.NewSource(23))
	for k := 0; k < 600; k++ {
		n := 1 + r.Intn(70)
		var nums []int
		switch k % 3 {
		case 0:
			nums = Generate(r, n)[0].([]int)
		case 1:
			nums = kit.Ints(r, n, -2, 2)
		default:
			nums = kit.SortedInts(r, n, -50, 50)
			if k%2 == 0 {
				slices.Reverse(nums)
			}
		}
		orig := slices.Clone(nums)
		got := SortArray(nums)
		assert.Equal(t, oracle(orig), got, "nums=%v", orig)
	}
	big := Generate(r, 100000)[0].([]int)
	want := slices.Clone(big)
	slices.Sort(want)
	assert.True(t, slices.Equal(want, SortArray(big)), "n=100000")
}

// The judge links the reference with the user's solution; it must not
// lean on the packages the problem forbids.
func TestReferenceImportsNeitherSortNorSlices(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "reference.go", nil, parser.ImportsOnly)
	require.NoError(t, err)
	for _, imp := range f.Imports {
		path, _ := strconv.Unquote(imp.Path.Value)
		assert.NotContains(t, []string{"sort", "slices"}, path)
	}
}

func TestGeneratorKeepsTheConstraints(t *testing.T) {
	r := rand.New(rand.NewSource(8))
	for _, n := range append(slices.Clone(Random), Ladder...) {
		nums := Generate(r, n)[0].([]int)
		require.Len(t, nums, n)
		distinct := map[int]bool{}
		for _, v := range nums {
			require.True(t, v >= -1_000_000_000 && v <= 1_000_000_000)
			distinct[v] = true
		}
		if n >= 1000 {
			assert.Less(t, len(distinct), n-n/20, "some duplicates at n=%d", n)
			assert.False(t, slices.IsSorted(nums))
		}
	}
}
