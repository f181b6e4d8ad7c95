package solution

// ReverseWords reads the words left to right and puts each one in front of
// the answer so far. Correct, but each prepend copies the whole answer:
// O(n) per word, O(n^2) for a string of short words.
func ReverseWords(s string) string {
	out := ""
	for i := 0; i < len(s); {
		if s[i] == ' ' {
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] != ' ' {
			j++
		}
		if out == "" {
			out = s[i:j]
		} else {
			out = s[i:j] + " " + out
		}
		i = j
	}
	return out
}
