package solution

// PowMod multiplies by base exp times, reducing as it goes: correct, but
// O(exp) - 10^18 multiplications is centuries.
func PowMod(base, exp, mod int) int {
	base %= mod
	result := 1 % mod
	for i := 0; i < exp; i++ {
		result = result * base % mod
	}
	return result
}
