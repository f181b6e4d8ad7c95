package solution

import "math"

// ParseInt32 checks, before adding each digit, whether 10*v + d would pass
// 2^31 - 1; if so the number is out of range on its sign's side. For a
// minus sign that also gives -2^31 when the magnitude is exactly 2^31. O(n).
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
		d := int(s[i] - '0')
		if v > (math.MaxInt32-d)/10 {
			if sign < 0 {
				return math.MinInt32
			}
			return math.MaxInt32
		}
		v = 10*v + d
	}
	return sign * v
}
