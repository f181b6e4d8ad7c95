package solution

// PowMod recurses on half the exponent but, for an odd exponent, multiplies
// half * half * base before taking the remainder: three numbers near 10^9
// make about 10^27, which overflows an int.
func PowMod(base, exp, mod int) int {
	if exp == 0 {
		return 1 % mod
	}
	base %= mod
	half := PowMod(base, exp/2, mod)
	if exp%2 == 1 {
		return half * half * base % mod
	}
	return half * half % mod
}
