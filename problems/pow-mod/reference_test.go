package powmod

import (
	"math/big"
	"math/rand"
	"testing"

	"github.com/grindjudge/grind/problems/problemtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReferenceOnStoredCases(t *testing.T) {
	problemtest.Cases(t, "pow-mod", PowMod)
}

// bigPow is math/big's modular exponentiation, with 0^0 = 1 % mod.
func bigPow(base, exp, mod int) int {
	m := big.NewInt(int64(mod))
	if exp == 0 {
		return int(new(big.Int).Mod(big.NewInt(1), m).Int64())
	}
	return int(new(big.Int).Exp(big.NewInt(int64(base)), big.NewInt(int64(exp)), m).Int64())
}

// repeated multiplies exp times, exactly, on small inputs.
func repeated(base, exp, mod int) int {
	p := big.NewInt(1)
	for i := 0; i < exp; i++ {
		p.Mul(p, big.NewInt(int64(base)))
	}
	return int(p.Mod(p, big.NewInt(int64(mod))).Int64())
}

func TestReferenceAgainstRepeatedMultiplication(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	for k := 0; k < 1000; k++ {
		base, exp, mod := r.Intn(50), r.Intn(40), 1+r.Intn(1000)
		if k%3 == 0 {
			mod = 1 + r.Intn(3)
		}
		assert.Equal(t, repeated(base, exp, mod), PowMod(base, exp, mod), "PowMod(%d, %d, %d)", base, exp, mod)
	}
}

func TestReferenceAgainstBigIntegers(t *testing.T) {
	r := rand.New(rand.NewSource(6))
	for k := 0; k < 1000; k++ {
		var args []any
		if k%2 == 0 {
			args = Generate(r, Random[r.Intn(len(Random))])
		} else {
			args = Generate(r, int(r.Int63n(1_000_000_000_000_000_001)))
		}
		base, exp, mod := args[0].(int), args[1].(int), args[2].(int)
		assert.Equal(t, bigPow(base, exp, mod), PowMod(base, exp, mod), "PowMod(%d, %d, %d)", base, exp, mod)
	}
}

func TestGeneratorStaysInRange(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	for k := 0; k < 500; k++ {
		n := Ladder[k%len(Ladder)]
		args := Generate(r, n)
		require.Len(t, args, 3)
		base, exp, mod := args[0].(int), args[1].(int), args[2].(int)
		assert.True(t, base >= 0 && base <= 1e18, "base %d", base)
		assert.Equal(t, n, exp)
		assert.True(t, mod >= 1 && mod <= 1e9, "mod %d", mod)
	}
}
