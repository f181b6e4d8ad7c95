package solution

import (
	"sort"
	"strconv"
	"strings"
)

// LargestNumber orders the strings correctly but joins them as they are:
// when every value is 0 it answers "00" instead of "0".
func LargestNumber(nums []int) string {
	strs := make([]string, len(nums))
	for i, v := range nums {
		strs[i] = strconv.Itoa(v)
	}
	sort.Slice(strs, func(i, j int) bool { return strs[i]+strs[j] > strs[j]+strs[i] })
	return strings.Join(strs, "")
}
