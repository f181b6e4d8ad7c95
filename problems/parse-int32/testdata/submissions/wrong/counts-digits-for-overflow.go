package solution

import (
	"math"
	"strconv"
)

// ParseInt32 decides that more than ten digits must overflow, without
// thinking of leading zeros: "0000000000012345" comes out clamped.
func ParseInt32(s string) int {
	i := 0
	for i < len(s) && s[i] == ' ' {
		i++
	}
	start := i
	if i < len(s) && (s[i] == '-' || s[i] == '+') {
		i++
	}
	j := i
	for j < len(s) && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	if j == i {
		return 0
	}
	neg := s[start] == '-'
	if j-i > 10 {
		if neg {
			return math.MinInt32
		}
		return math.MaxInt32
	}
	v, _ := strconv.ParseInt(s[i:j], 10, 64)
	if neg {
		v = -v
	}
	return int(max(math.MinInt32, min(math.MaxInt32, v)))
}
