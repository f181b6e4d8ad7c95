package solution

// GenerateParentheses places n opening and n closing brackets in every way
// and keeps the strings that start with "(" and end with ")", as if that
// made them balanced: from 3 pairs on, "())(()" slips through.
func GenerateParentheses(n int) []string {
	var out []string
	var place func(s string, open, closed int)
	place = func(s string, open, closed int) {
		if open == n && closed == n {
			if s[0] == '(' && s[len(s)-1] == ')' {
				out = append(out, s)
			}
			return
		}
		if open < n {
			place(s+"(", open+1, closed)
		}
		if closed < n {
			place(s+")", open, closed+1)
		}
	}
	place("", 0, 0)
	return out
}
