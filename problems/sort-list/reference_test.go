package sortlist

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
	problemtest.Cases(t, "sort-list", SortList)
}

func TestReferenceAgainstOracle(t *testing.T) {
	r := rand.New(rand.NewSource(71))
	for k := 0; k < 600; k++ {
		n := r.Intn(70)
		var head *ListNode
		switch k % 3 {
		case 0:
			head = Generate(r, n)[0].(*ListNode)
		case 1:
			head = kit.List(kit.Ints(r, n, -2, 2))
		default:
			vals := kit.SortedInts(r, n, -50, 50)
			if k%2 == 0 {
				slices.Reverse(vals)
			}
			head = kit.List(vals)
		}
		vals := kit.ListValues(head)
		nodes := map[*ListNode]bool{}
		for p := head; p != nil; p = p.Next {
			nodes[p] = true
		}
		want := slices.Clone(vals)
		slices.Sort(want)
		got := SortList(head)
		assert.Equal(t, want, kit.ListValues(got), "vals=%v", vals)
		for p := got; p != nil; p = p.Next {
			require.True(t, nodes[p], "the answer must reuse the given nodes")
		}
	}
}

func TestGeneratorKeepsTheConstraints(t *testing.T) {
	r := rand.New(rand.NewSource(14))
	for _, n := range append(slices.Clone(Random), Ladder...) {
		vals := kit.ListValues(Generate(r, n)[0].(*ListNode))
		require.Len(t, vals, n)
		for _, v := range vals {
			require.True(t, v >= -100000 && v <= 100000)
		}
		if n >= 1000 {
			assert.False(t, slices.IsSorted(vals))
		}
	}
}
