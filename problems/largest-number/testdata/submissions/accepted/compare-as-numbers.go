package solution

import (
	"sort"
	"strconv"
	"strings"
)

// LargestNumber sorts the values themselves, putting a before b when a
// followed by b's digits, a*10^len(b) + b, beats b*10^len(a) + a. Both fit
// in a uint64 (at most 20 digits, below 1.9e19). O(n log n).
func LargestNumber(nums []int) string {
	pow := func(v int) uint64 {
		p := uint64(10)
		for v >= 10 {
			p *= 10
			v /= 10
		}
		return p
	}
	sort.Slice(nums, func(i, j int) bool {
		a, b := uint64(nums[i]), uint64(nums[j])
		return a*pow(nums[j])+b > b*pow(nums[i])+a
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
