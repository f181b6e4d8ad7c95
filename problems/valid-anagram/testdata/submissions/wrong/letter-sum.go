package solution

// IsAnagram compares the lengths and the sums of the letter codes, a
// "fingerprint" that different letters can share: "ad" and "bc" both sum to
// the same.
func IsAnagram(s, t string) bool {
	if len(s) != len(t) {
		return false
	}
	sum := 0
	for i := 0; i < len(s); i++ {
		sum += int(s[i]) - int(t[i])
	}
	return sum == 0
}
