package problems

import (
	"sort"
	"strings"
)

// suggest returns up to three slugs close to what the user typed: the same
// letters without dashes ("twosum", "TwoSum"), the name of the function, a
// slug containing the words typed, or a few typing mistakes away.
func (c *Catalogue) suggest(typed string) []string {
	norm := func(s string) string {
		return strings.Map(func(r rune) rune {
			if r == '-' || r == '_' || r == ' ' {
				return -1
			}
			return r
		}, strings.ToLower(s))
	}
	want := norm(typed)
	type scored struct {
		slug  string
		score int
	}
	var found []scored
	for _, p := range c.problems {
		best := editDistance(want, norm(p.Slug))
		for _, f := range p.Signature.Funcs()[:1] {
			best = min(best, editDistance(want, norm(f.Name)))
		}
		best = min(best, editDistance(want, norm(p.Title)))
		if want != "" && (strings.Contains(norm(p.Slug), want) || strings.Contains(want, norm(p.Slug))) {
			best = min(best, 1)
		}
		if best <= max(2, len(want)/3) {
			found = append(found, scored{p.Slug, best})
		}
	}
	sort.SliceStable(found, func(i, j int) bool { return found[i].score < found[j].score })
	var out []string
	for i := 0; i < len(found) && i < 3; i++ {
		out = append(out, found[i].slug)
	}
	return out
}

// editDistance is the Levenshtein distance between a and b.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
