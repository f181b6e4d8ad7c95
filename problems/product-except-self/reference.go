// Package productexceptself is the reference for product-except-self: for
// each position, the product of all the other values, without division.
package productexceptself

import (
	"math"
	"math/big"
	"math/rand"
)

// ProductExceptSelf writes the product of everything left of i into
// out[i], then multiplies in the product of everything right of i on a pass
// back: O(n), no division, and never the product of the whole list.
func ProductExceptSelf(nums []int) []int {
	out := make([]int, len(nums))
	left := 1
	for i, v := range nums {
		out[i] = left
		left *= v
	}
	right := 1
	for i := len(nums) - 1; i >= 0; i-- {
		out[i] *= right
		right *= nums[i]
	}
	return out
}

// Ladder is the sizes of the scaling ladder: 64x from bottom to top, the top
// at the largest n the statement allows.
var Ladder = []int{1562, 3125, 6250, 12500, 25000, 50000, 100000}

// Random is the sizes of the random hidden cases.
var Random = []int{2, 2, 3, 4, 5, 8, 14, 20, 40, 1000}

// Generate returns n values in [-30, 30] whose every answer fits in an int.
// Most values are 1 or -1, with large factors spread in while the product
// of all the values stays under about 2^62. For 13 <= n <= 63, one case in
// three has no value below 2 in size and a total product past 2^63, though
// every answer fits: dividing the total product overflows there. Of the
// other cases, one in six has a zero and one in six two or more.
func Generate(r *rand.Rand, n int) []any {
	nums := make([]int, n)
	sign := func() int { return 1 - 2*r.Intn(2) }
	if n >= 13 && n <= 63 && r.Intn(3) == 0 {
		for i := range nums {
			nums[i] = 2 * sign()
		}
		// Raise values while every answer fits, until the total product
		// does not.
		for tries := 0; tries < 50*n && product(nums).IsInt64(); tries++ {
			i := r.Intn(n)
			old := nums[i]
			nums[i] = min(30, absInt(old)+1+r.Intn(3)) * sign()
			if !answersFit(nums) {
				nums[i] = old
			}
		}
		return []any{nums}
	}
	for i := range nums {
		nums[i] = sign()
	}
	// Spread large factors in while the bits of the total product, summed
	// as logarithms, stay within 62.
	bits := 0.0
	for tries := 0; tries < 200; tries++ {
		i, v := r.Intn(n), 2+r.Intn(29)
		if b := math.Log2(float64(v)); absInt(nums[i]) == 1 && bits+b <= 62 {
			bits += b
			nums[i] *= v
		}
	}
	zeros := 0
	switch r.Intn(6) {
	case 0:
		zeros = 1
	case 1:
		zeros = 2 + r.Intn(min(n-1, 3))
	}
	for _, i := range r.Perm(n)[:zeros] {
		nums[i] = 0
	}
	return []any{nums}
}

func absInt(v int) int { return max(v, -v) }

func product(nums []int) *big.Int {
	p := big.NewInt(1)
	for _, v := range nums {
		p.Mul(p, big.NewInt(int64(v)))
	}
	return p
}

// answersFit reports whether, for a list with no zeros, the product of all
// values but one fits in an int64 at every position.
func answersFit(nums []int) bool {
	p := product(nums)
	q := new(big.Int)
	for _, v := range nums {
		if !q.Quo(p, big.NewInt(int64(v))).IsInt64() {
			return false
		}
	}
	return true
}
