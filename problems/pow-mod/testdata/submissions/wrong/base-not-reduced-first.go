package solution

// PowMod squares correctly but never reduces base modulo mod before the
// first multiplication: with base up to 10^18, base*base overflows an int.
func PowMod(base, exp, mod int) int {
	result := 1 % mod
	for exp > 0 {
		if exp%2 == 1 {
			result = result * base % mod
		}
		base = base * base % mod
		exp /= 2
	}
	return result
}
