package solution

// PowMod returns 1 for exp = 0, forgetting that 1 is not a remainder
// modulo 1: the answer there is 0.
func PowMod(base, exp, mod int) int {
	if exp == 0 {
		return 1
	}
	base %= mod
	result := 1
	for exp > 0 {
		if exp&1 == 1 {
			result = result * base % mod
		}
		base = base * base % mod
		exp >>= 1
	}
	return result
}
