package solution

import (
	"strconv"
	"strings"
)

// LargestNumber repeatedly scans the values left for the one that should
// come next (a before b when a+b > b+a), appends it and removes it: a
// selection sort, correct but O(n^2) comparisons.
func LargestNumber(nums []int) string {
	left := make([]string, len(nums))
	for i, v := range nums {
		left[i] = strconv.Itoa(v)
	}
	var sb strings.Builder
	for len(left) > 0 {
		best := 0
		for i := 1; i < len(left); i++ {
			if left[i]+left[best] > left[best]+left[i] {
				best = i
			}
		}
		if sb.Len() > 0 || left[best] != "0" {
			sb.WriteString(left[best])
		}
		left[best] = left[len(left)-1]
		left = left[:len(left)-1]
	}
	if sb.Len() == 0 {
		return "0"
	}
	return sb.String()
}
