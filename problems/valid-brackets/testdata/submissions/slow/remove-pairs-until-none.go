package solution

import "strings"

// IsValidBrackets deletes every adjacent "()", "[]" and "{}" and repeats
// until nothing changes. Correct, but each round scans the whole string and
// deep nesting takes one round per level: O(n^2).
func IsValidBrackets(s string) bool {
	for {
		t := strings.ReplaceAll(s, "()", "")
		t = strings.ReplaceAll(t, "[]", "")
		t = strings.ReplaceAll(t, "{}", "")
		if t == s {
			return s == ""
		}
		s = t
	}
}
