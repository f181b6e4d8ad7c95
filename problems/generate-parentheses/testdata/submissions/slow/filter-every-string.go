package solution

// GenerateParentheses writes every string of 2n brackets - all 4^n of them -
// and keeps the balanced ones: correct, but O(4^n * n), and almost all the
// strings written are thrown away.
func GenerateParentheses(n int) []string {
	var out []string
	var write func(s string)
	write = func(s string) {
		if len(s) == 2*n {
			if isBalanced(s) {
				out = append(out, s)
			}
			return
		}
		write(s + "(")
		write(s + ")")
	}
	write("")
	return out
}

func isBalanced(s string) bool {
	depth := 0
	for _, c := range s {
		if c == '(' {
			depth++
		} else {
			depth--
		}
		if depth < 0 {
			return false
		}
	}
	return depth == 0
}
