package largestnumber

import (
	"math/big"
	"math/rand"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/grindjudge/grind/problems/kit"
	"github.com/grindjudge/grind/problems/problemtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReferenceOnStoredCases(t *testing.T) {
	problemtest.Cases(t, "largest-number", LargestNumber)
}

// oracle tries every order and keeps the largest number, compared as a
// number.
func oracle(nums []int) string {
	strs := make([]string, len(nums))
	for i, v := range nums {
		strs[i] = strconv.Itoa(v)
	}
	best := new(big.Int)
	var permute func(k int)
	permute = func(k int) {
		if k == len(strs) {
			v, _ := new(big.Int).SetString(strings.Join(strs, ""), 10)
			if v.Cmp(best) > 0 {
				best = v
			}
			return
		}
		for i := k; i < len(strs); i++ {
			strs[k], strs[i] = strs[i], strs[k]
			permute(k + 1)
			strs[k], strs[i] = strs[i], strs[k]
		}
	}
	permute(0)
	return best.String()
}

func TestReferenceAgainstOracle(t *testing.T) {
	r := rand.New(rand.NewSource(51))
	for k := 0; k < 600; k++ {
		n := 1 + r.Intn(6)
		var nums []int
		switch k % 3 {
		case 0:
			nums = Generate(r, n)[0].([]int)
		case 1:
			nums = kit.Ints(r, n, 0, 3)
			for i := range nums {
				nums[i] *= []int{1, 10, 100, 101, 11}[r.Intn(5)]
			}
		default:
			nums = kit.Ints(r, n, 0, 1_000_000_000)
		}
		assert.Equal(t, oracle(nums), LargestNumber(nums), "nums=%v", nums)
	}
}

func TestGeneratorMakesPrefixesZerosAndTheMaximum(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	for _, n := range append(slices.Clone(Random), Ladder...) {
		nums := Generate(r, n)[0].([]int)
		require.Len(t, nums, n)
		zeros, top := 0, 0
		seen := map[string]bool{}
		for _, v := range nums {
			require.True(t, v >= 0 && v <= 1_000_000_000, "%d", v)
			if v == 0 {
				zeros++
			}
			if v == 1_000_000_000 {
				top++
			}
			seen[strconv.Itoa(v)] = true
		}
		if n >= 1000 {
			assert.Greater(t, zeros, 0)
			assert.Greater(t, top, 0)
			prefixes := 0
			for _, v := range nums[:200] {
				s := strconv.Itoa(v)
				for l := 1; l < len(s); l++ {
					if seen[s[:l]] {
						prefixes++
						break
					}
				}
			}
			assert.Greater(t, prefixes, 50, "n=%d: values must often extend others", n)
		}
	}
}
