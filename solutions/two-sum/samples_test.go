package twosum

// The samples of two-sum as a Go test, written by grind init: go test runs
// them, and a debugger can step through your code on them.
// grind submit two-sum judges the hidden cases too.

import (
	"slices"
	"testing"
)

func TestSamples(t *testing.T) {
	tests := []struct {
		name   string
		nums   []int
		target int
		want   []int
	}{
		{"sample-1", []int{2, 7, 11, 15}, 9, []int{0, 1}},
		{"sample-2", []int{3, 2, 4}, 6, []int{1, 2}},
		{"sample-3", []int{3, 3}, 6, []int{0, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := TwoSum(tt.nums, tt.target)
			if !slices.Equal(got, tt.want) {
				t.Errorf("TwoSum(%v, %v) = %v, want %v", tt.nums, tt.target, got, tt.want)
			}
		})
	}
}
