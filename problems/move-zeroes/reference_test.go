package movezeroes

import (
	"math/rand"
	"testing"

	"github.com/grindjudge/grind/problems/kit"
	"github.com/grindjudge/grind/problems/problemtest"
	"github.com/stretchr/testify/assert"
)

func TestReferenceOnStoredCases(t *testing.T) {
	problemtest.Cases(t, "move-zeroes", MoveZeroes)
}

// oracle builds the answer in a second array.
func oracle(nums []int) []int {
	out := make([]int, 0, len(nums))
	for _, v := range nums {
		if v != 0 {
			out = append(out, v)
		}
	}
	return append(out, make([]int, len(nums)-len(out))...)
}

func TestReferenceAgainstOracle(t *testing.T) {
	r := rand.New(rand.NewSource(9))
	for k := 0; k < 500; k++ {
		n := 1 + r.Intn(30)
		var nums []int
		if k%2 == 0 {
			nums = Generate(r, n)[0].([]int)
		} else {
			nums = kit.Ints(r, n, -2, 2)
		}
		want := oracle(nums)
		got := append([]int(nil), nums...)
		MoveZeroes(got)
		assert.Equal(t, want, got, "nums=%v", nums)
	}
}
