package reverselist

import (
	"math/rand"
	"slices"
	"testing"

	"github.com/grindjudge/grind/problems/kit"
	"github.com/grindjudge/grind/problems/problemtest"
	"github.com/stretchr/testify/assert"
)

func TestReferenceOnStoredCases(t *testing.T) {
	problemtest.Cases(t, "reverse-list", ReverseList)
}

func TestReferenceAgainstOracle(t *testing.T) {
	r := rand.New(rand.NewSource(13))
	for k := 0; k < 500; k++ {
		vals := kit.Ints(r, r.Intn(40), -5000, 5000)
		want := slices.Clone(vals)
		slices.Reverse(want)
		got := kit.ListValues(ReverseList(kit.List(vals)))
		assert.Equal(t, len(want), len(got))
		assert.True(t, slices.Equal(want, got), "vals=%v got=%v", vals, got)
	}
}
