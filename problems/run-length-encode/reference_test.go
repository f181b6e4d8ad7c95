package runlengthencode

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/grindjudge/grind/problems/kit"
	"github.com/grindjudge/grind/problems/problemtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReferenceOnStoredCases(t *testing.T) {
	problemtest.Cases(t, "run-length-encode", RunLengthEncode)
}

// brute counts each run letter by letter and formats it with Sprintf.
func brute(s string) string {
	var out strings.Builder
	count := 0
	for i := 0; i < len(s); i++ {
		count++
		if i+1 == len(s) || s[i+1] != s[i] {
			out.WriteByte(s[i])
			if count > 1 {
				out.WriteString(fmt.Sprint(count))
			}
			count = 0
		}
	}
	return out.String()
}

// decode undoes the encoding, to check it from the other side.
func decode(e string) string {
	var out strings.Builder
	for i := 0; i < len(e); {
		c := e[i]
		j := i + 1
		count := 0
		for j < len(e) && e[j] >= '0' && e[j] <= '9' {
			count = 10*count + int(e[j]-'0')
			j++
		}
		out.WriteString(strings.Repeat(string(c), max(count, 1)))
		i = j
	}
	return out.String()
}

func TestReferenceAgainstBruteForce(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	for k := 0; k < 1500; k++ {
		var s string
		switch k % 3 {
		case 0:
			s = Generate(r, r.Intn(60))[0].(string)
		case 1:
			s = kit.String(r, r.Intn(30), "ab")
		default:
			s = strings.Repeat(kit.String(r, 1, "xyz"), r.Intn(120)) + kit.String(r, r.Intn(4), "xyz")
		}
		got := RunLengthEncode(s)
		assert.Equal(t, brute(s), got, "s=%q", s)
		assert.Equal(t, s, decode(got), "s=%q", s)
	}
}

func TestGeneratorKeepsTheRules(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	for _, n := range []int{0, 1, 2, 13, 1000, 5000, 3125, 200000} {
		s := Generate(r, n)[0].(string)
		require.Len(t, s, n)
		require.Empty(t, strings.Trim(s, kit.Lowercase))
		if n >= 1000 {
			e := RunLengthEncode(s)
			assert.Greater(t, len(e), n/3, "many short runs")
			assert.Contains(t, e, fmt.Sprint(n/10), "one run of n/10")
		}
	}
}
