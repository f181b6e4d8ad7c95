package longestpalindromicsubstring

import (
	"fmt"
	"strings"
)

// Check accepts any palindrome that occurs in s and is as long as want, a
// longest one. It uses the standard library only: grind init copies it into
// the samples test.
func Check(s string, want, got string) error {
	if !strings.Contains(s, got) {
		return fmt.Errorf("%q is not a substring of s", got)
	}
	for i, j := 0, len(got)-1; i < j; i, j = i+1, j-1 {
		if got[i] != got[j] {
			return fmt.Errorf("%q is not a palindrome: its characters %d and %d are %q and %q", got, i, j, got[i], got[j])
		}
	}
	switch {
	case len(got) < len(want):
		return fmt.Errorf("%q has length %d, but s has a palindrome of length %d, such as %q", got, len(got), len(want), want)
	case len(got) > len(want):
		return fmt.Errorf("%q has length %d, longer than the longest palindrome the judge knows (%d): please report this", got, len(got), len(want))
	}
	return nil
}
