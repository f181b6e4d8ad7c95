package productexceptself

import (
	"math/big"
	"math/rand"
	"testing"

	"github.com/grindjudge/grind/problems/kit"
	"github.com/grindjudge/grind/problems/problemtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReferenceOnStoredCases(t *testing.T) {
	problemtest.Cases(t, "product-except-self", ProductExceptSelf)
}

// brute multiplies all the other values for each position, in big
// integers, so it never overflows; ok is false if an answer does not fit.
func brute(nums []int) (out []int, ok bool) {
	ok = true
	for i := range nums {
		p := big.NewInt(1)
		for j, v := range nums {
			if j != i {
				p.Mul(p, big.NewInt(int64(v)))
			}
		}
		ok = ok && p.IsInt64()
		out = append(out, int(p.Int64()))
	}
	return out, ok
}

func TestReferenceAgainstBruteForce(t *testing.T) {
	r := rand.New(rand.NewSource(13))
	for k := 0; k < 600; k++ {
		n := 2 + r.Intn(60)
		var nums []int
		switch k % 3 {
		case 0:
			nums = Generate(r, n)[0].([]int)
		case 1:
			nums = kit.Ints(r, n, -3, 3)
		default:
			nums = kit.Ints(r, min(n, 12), -30, 30)
		}
		want, ok := brute(nums)
		require.True(t, ok, "an answer does not fit: nums=%v", nums)
		assert.Equal(t, want, ProductExceptSelf(nums), "nums=%v", nums)
	}
}

func TestGeneratorKeepsTheRules(t *testing.T) {
	r := rand.New(rand.NewSource(21))
	overflowing, zeros, twoZeros, bigAnswers := 0, 0, 0, 0
	for k := 0; k < 400; k++ {
		n := 2 + r.Intn(62)
		nums := Generate(r, n)[0].([]int)
		require.Len(t, nums, n)
		z := 0
		for _, v := range nums {
			require.True(t, v >= -30 && v <= 30, "value %d out of range", v)
			if v == 0 {
				z++
			}
		}
		want, ok := brute(nums)
		require.True(t, ok, "an answer does not fit: nums=%v", nums)
		if !product(nums).IsInt64() {
			overflowing++
		}
		switch {
		case z == 1:
			zeros++
		case z >= 2:
			twoZeros++
		}
		for _, w := range want {
			if w > 1<<61 || w < -1<<61 {
				bigAnswers++
				break
			}
		}
	}
	assert.Greater(t, overflowing, 30, "cases whose total product overflows must come up")
	assert.Greater(t, zeros, 30, "cases with one zero must come up")
	assert.Greater(t, twoZeros, 30, "cases with several zeros must come up")
	assert.Greater(t, bigAnswers, 100, "answers must reach past 2^61")
}

func TestGeneratorAtTheLargestSize(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	nums := Generate(r, 100000)[0].([]int)
	require.Len(t, nums, 100000)
	for _, v := range nums {
		require.True(t, v >= -30 && v <= 30)
	}
	assert.True(t, product(nums).IsInt64() || func() bool {
		for _, v := range nums {
			if v == 0 {
				return true
			}
		}
		return false
	}())
}
