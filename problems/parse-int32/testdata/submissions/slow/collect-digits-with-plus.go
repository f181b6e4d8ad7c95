package solution

import (
	"math"
	"strconv"
	"strings"
)

// ParseInt32 collects the digits into a string with +=, drops the leading
// zeros, and clamps when more than ten digits remain. Correct, but each +=
// copies every digit so far: O(d^2) for d digits.
func ParseInt32(s string) int {
	s = strings.TrimLeft(s, " ")
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	digits := ""
	for _, c := range s {
		if c < '0' || c > '9' {
			break
		}
		digits += string(c)
	}
	digits = strings.TrimLeft(digits, "0")
	if len(digits) > 10 {
		if neg {
			return math.MinInt32
		}
		return math.MaxInt32
	}
	v := int64(0)
	if digits != "" {
		v, _ = strconv.ParseInt(digits, 10, 64)
	}
	if neg {
		v = -v
	}
	return int(max(math.MinInt32, min(math.MaxInt32, v)))
}
