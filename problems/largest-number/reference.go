// Package largestnumber is the reference for largest-number: sort the
// values' decimal strings so that every neighbouring pair is in its better
// order, and join them.
package largestnumber

import (
	"math/rand"
	"slices"
	"strconv"
	"strings"
)

// LargestNumber orders the decimal strings by "a goes first if a+b > b+a".
// That order is transitive (it compares a/(10^len(a)-1) as a repeating
// decimal), so sorting by it puts every string where it does best.
// O(n log n) comparisons of at most 20 digits each.
func LargestNumber(nums []int) string {
	strs := make([]string, len(nums))
	for i, v := range nums {
		strs[i] = strconv.Itoa(v)
	}
	slices.SortFunc(strs, better)
	if strs[0] == "0" {
		return "0" // the largest string is 0, so every value is
	}
	return strings.Join(strs, "")
}

// better compares a+b with b+a digit by digit, without building either:
// -1 when a should go first, 1 when b should, 0 when it makes no difference.
func better(a, b string) int {
	for i := range len(a) + len(b) {
		x, y := digit(a, b, i), digit(b, a, i)
		switch {
		case x > y:
			return -1
		case x < y:
			return 1
		}
	}
	return 0
}

// digit returns digit i of a followed by b.
func digit(a, b string, i int) byte {
	if i < len(a) {
		return a[i]
	}
	return b[i-len(a)]
}

// Ladder is the sizes of the scaling ladder, up to the longest list
// allowed.
var Ladder = []int{1562, 3125, 6250, 12500, 25000, 50000, 100000}

// Random is the sizes of the random hidden cases.
var Random = []int{1, 2, 2, 3, 3, 4, 5, 7, 20, 1000}

// Generate returns n values written with the digits 0, 3, 4 and 9 only, of
// one to nine digits, so many values are prefixes of others and the order
// of each pair turns on the digits past the shorter one. About one value
// in twenty is 0 and one in fifty is 10^9.
func Generate(r *rand.Rand, n int) []any {
	const digits = "0349"
	nums := make([]int, n)
	for i := range nums {
		switch k := r.Intn(100); {
		case k < 5:
			nums[i] = 0
		case k < 7:
			nums[i] = 1_000_000_000
		default:
			v := int("349"[r.Intn(3)] - '0')
			for extra := r.Intn(9); extra > 0; extra-- {
				v = 10*v + int(digits[r.Intn(len(digits))]-'0')
			}
			nums[i] = v
		}
	}
	return []any{nums}
}
