package mergetwolists

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
	problemtest.Cases(t, "merge-two-lists", MergeTwoLists)
}

// oracle concatenates the values and sorts them.
func oracle(a, b []int) []int {
	out := append(slices.Clone(a), b...)
	slices.Sort(out)
	return out
}

// nodes returns the set of a list's nodes.
func nodes(head *ListNode) map[*ListNode]bool {
	set := map[*ListNode]bool{}
	for ; head != nil; head = head.Next {
		set[head] = true
	}
	return set
}

func TestReferenceAgainstOracle(t *testing.T) {
	r := rand.New(rand.NewSource(11))
	for k := 0; k < 600; k++ {
		var a, b []int
		if k%2 == 0 {
			args := Generate(r, r.Intn(40))
			a, b = kit.ListValues(args[0].(*ListNode)), kit.ListValues(args[1].(*ListNode))
		} else {
			// small values: many ties within and across the lists
			a, b = kit.SortedInts(r, r.Intn(12), -3, 3), kit.SortedInts(r, r.Intn(12), -3, 3)
		}
		la, lb := kit.List(a), kit.List(b)
		given := nodes(la)
		for n := range nodes(lb) {
			given[n] = true
		}
		got := MergeTwoLists(la, lb)
		want := oracle(a, b)
		assert.Equal(t, len(want), len(kit.ListValues(got)), "a=%v b=%v", a, b)
		assert.True(t, slices.Equal(want, kit.ListValues(got)), "a=%v b=%v got=%v", a, b, kit.ListValues(got))
		assert.Equal(t, given, nodes(got), "the answer must be made of the given nodes")
	}
}

func TestGeneratorKeepsTheRules(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	for _, n := range append(append([]int{}, Random...), Ladder...) {
		args := Generate(r, n)
		require.Len(t, args, 2)
		a, b := kit.ListValues(args[0].(*ListNode)), kit.ListValues(args[1].(*ListNode))
		assert.Equal(t, n, len(a)+len(b))
		for _, l := range [][]int{a, b} {
			assert.LessOrEqual(t, len(l), 50000)
			assert.True(t, slices.IsSorted(l), "a list is not sorted")
			for _, v := range l {
				assert.True(t, v >= -100000 && v <= 100000, "value %d out of range", v)
			}
		}
		if n >= 1000 {
			assert.InDelta(t, n/2, len(a), float64(n/10), "the ladder's lists must be about equal")
		}
	}
}
