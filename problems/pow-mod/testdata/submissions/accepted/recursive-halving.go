package solution

// PowMod computes the power of half the exponent recursively and squares
// it, times base once more for an odd exponent: O(log exp) calls.
func PowMod(base, exp, mod int) int {
	if exp == 0 {
		return 1 % mod
	}
	base %= mod
	half := PowMod(base, exp/2, mod)
	sq := half * half % mod
	if exp%2 == 1 {
		sq = sq * base % mod
	}
	return sq
}
