// Package parseint32 is the reference for parse-int32: one pass, clamping
// as soon as the number leaves the 32-bit range.
package parseint32

import (
	"math"
	"math/rand"
	"strings"
)

// ParseInt32 skips the spaces, reads a sign, then adds digits to a
// magnitude that it stops at the bound of the sign's side (2^31 - 1, or 2^31
// for a minus sign): past that no digit can bring it back. The magnitude
// never exceeds 10 * 2^31 + 9, far inside an int. O(n).
func ParseInt32(s string) int {
	i := 0
	for i < len(s) && s[i] == ' ' {
		i++
	}
	neg := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	bound := math.MaxInt32
	if neg {
		bound = -math.MinInt32
	}
	v := 0
	for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		v = 10*v + int(s[i]-'0')
		if v >= bound {
			v = bound
			break
		}
	}
	if neg {
		return -v
	}
	return v
}

// Ladder is the sizes of the scaling ladder, 64x from bottom to top, the top
// at the longest string the statement allows.
var Ladder = []int{3125, 6250, 12500, 25000, 50000, 100000, 200000}

// Random is the sizes of the random hidden cases.
var Random = []int{0, 1, 2, 3, 5, 8, 12, 20, 30, 50, 1000}

// junk is what may follow the digits: letters, digits, signs, a point and
// spaces.
const junk = "abcxyz0123456789+-. "

// Generate returns a string of n characters.
//
// From 1000 characters on: n/8 spaces, a sign (or none), 3n/4 zeros, then 1
// to 12 significant digits - in the 32-bit range or past it, on either side
// - and junk to the end. The leading spaces and zeros must all be read, so
// any correct answer reads about 7n/8 characters, and a solution that
// copies the digits read so far for each new digit does about 9n^2/32.
//
// Shorter strings are built from random pieces: a few spaces, a sign or
// something that is not one, some zeros, from 0 to 40 digits (often past
// 64 bits) and junk, cut or padded with junk to n characters.
func Generate(r *rand.Rand, n int) []any {
	var b strings.Builder
	sign := func() string { return []string{"", "+", "-"}[r.Intn(3)] }
	digits := func(k int) string {
		d := make([]byte, k)
		for i := range d {
			d[i] = byte('0' + r.Intn(10))
		}
		if k > 0 {
			d[0] = byte('1' + r.Intn(9))
		}
		return string(d)
	}
	if n >= 1000 {
		b.WriteString(strings.Repeat(" ", n/8))
		b.WriteString(sign())
		b.WriteString(strings.Repeat("0", 3*n/4))
		b.WriteString(digits(1 + r.Intn(12)))
	} else {
		b.WriteString(strings.Repeat(" ", r.Intn(4)))
		switch r.Intn(6) {
		case 0:
			b.WriteString(string(junk[r.Intn(len(junk))])) // maybe not a sign at all
		default:
			b.WriteString(sign())
		}
		b.WriteString(strings.Repeat("0", r.Intn(3)*r.Intn(4)))
		switch r.Intn(3) {
		case 0:
			b.WriteString(digits(r.Intn(10)))
		case 1:
			b.WriteString(digits(9 + r.Intn(3))) // near the 32-bit bounds
		default:
			b.WriteString(digits(r.Intn(41)))
		}
	}
	for b.Len() < n {
		b.WriteByte(junk[r.Intn(len(junk))])
	}
	return []any{b.String()[:n]}
}
