// Package powmod is the reference for pow-mod: base^exp modulo mod by
// repeated squaring.
package powmod

import "math/rand"

// PowMod squares its way up the bits of exp: O(log exp) multiplications.
// base is reduced modulo mod first, and every product is of two numbers
// below mod <= 10^9, so it stays below 10^18 and fits in an int.
func PowMod(base, exp, mod int) int {
	result := 1 % mod
	base %= mod
	for ; exp > 0; exp >>= 1 {
		if exp&1 == 1 {
			result = result * base % mod
		}
		base = base * base % mod
	}
	return result
}

// Ladder is the exponents of the scaling ladder, up to 10^18, the largest
// allowed. It is not doubling, since the reference's time grows with the
// number of bits of exp: each size multiplies exp by 1000, and even at the
// top the reference takes about a microsecond - no exponent the statement
// allows makes it take milliseconds. A solution that multiplies exp times
// finishes 10^6 but not 10^9.
var Ladder = []int{1_000, 1_000_000, 1_000_000_000, 1_000_000_000_000, 1_000_000_000_000_000, 1_000_000_000_000_000_000}

// Random is the exponents of the random hidden cases.
var Random = []int{0, 1, 2, 3, 5, 10, 64, 1000, 1_000_000_000, 1_000_000_000_000_000_000}

// Generate returns base in [0, 10^18], exp = n and mod in [1, 10^9]. Half
// the moduli are drawn from the top tenth of the range, where products of
// three residues overflow; the bases are large, so not reducing base first
// overflows at once.
func Generate(r *rand.Rand, n int) []any {
	const maxBase, maxMod = 1_000_000_000_000_000_000, 1_000_000_000
	base := r.Int63n(maxBase + 1)
	mod := 1 + r.Intn(maxMod)
	if r.Intn(2) == 0 {
		mod = maxMod - r.Intn(maxMod/10)
	}
	return []any{int(base), n, mod}
}
