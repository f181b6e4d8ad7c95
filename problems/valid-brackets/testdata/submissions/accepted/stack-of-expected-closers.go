package solution

// IsValidBrackets pushes the closing bracket each opener expects and checks
// every closing bracket against the top; an odd length can never match.
func IsValidBrackets(s string) bool {
	if len(s)%2 == 1 {
		return false
	}
	var want []rune
	for _, c := range s {
		switch c {
		case '(':
			want = append(want, ')')
		case '[':
			want = append(want, ']')
		case '{':
			want = append(want, '}')
		default:
			if len(want) == 0 || want[len(want)-1] != c {
				return false
			}
			want = want[:len(want)-1]
		}
	}
	return len(want) == 0
}
