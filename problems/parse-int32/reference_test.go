package parseint32

import (
	"math"
	"math/big"
	"math/rand"
	"strings"
	"testing"

	"github.com/grindjudge/grind/problems/kit"
	"github.com/grindjudge/grind/problems/problemtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReferenceOnStoredCases(t *testing.T) {
	problemtest.Cases(t, "parse-int32", ParseInt32)
}

// brute follows the statement's steps literally and does the arithmetic in
// math/big, so no digit string is too long.
func brute(s string) int {
	s = strings.TrimLeft(s, " ")
	sign := ""
	if s != "" && (s[0] == '+' || s[0] == '-') {
		sign, s = s[:1], s[1:]
	}
	end := 0
	for end < len(s) && s[end] >= '0' && s[end] <= '9' {
		end++
	}
	if end == 0 {
		return 0
	}
	v, _ := new(big.Int).SetString(sign+s[:end], 10)
	if v.Cmp(big.NewInt(math.MaxInt32)) > 0 {
		return math.MaxInt32
	}
	if v.Cmp(big.NewInt(math.MinInt32)) < 0 {
		return math.MinInt32
	}
	return int(v.Int64())
}

func TestReferenceAgainstBruteForce(t *testing.T) {
	r := rand.New(rand.NewSource(41))
	clamped := 0
	for k := 0; k < 3000; k++ {
		var s string
		switch k % 3 {
		case 0:
			s = Generate(r, r.Intn(60))[0].(string)
		case 1:
			s = kit.String(r, r.Intn(14), " +-0123456789x")
		default:
			s = kit.String(r, r.Intn(3), " +-") + kit.String(r, r.Intn(25), "0123456789")
		}
		want := brute(s)
		if want == math.MaxInt32 || want == math.MinInt32 {
			clamped++
		}
		assert.Equal(t, want, ParseInt32(s), "s=%q", s)
	}
	assert.Greater(t, clamped, 300)
	// the bounds and their neighbours, with and without leading zeros
	for _, s := range []string{"2147483646", "2147483647", "2147483648", "-2147483647", "-2147483648", "-2147483649",
		"00002147483647", "-00002147483648", "-00002147483649", "21474836470", "-21474836480"} {
		assert.Equal(t, brute(s), ParseInt32(s), "s=%q", s)
	}
}

func TestGeneratorKeepsTheRules(t *testing.T) {
	r := rand.New(rand.NewSource(42))
	kinds := map[string]int{}
	for _, n := range append(append([]int{}, Random...), Ladder...) {
		s := Generate(r, n)[0].(string)
		require.Len(t, s, n)
		for i := 0; i < n; i++ {
			if s[i] < 32 || s[i] > 126 {
				t.Fatalf("n=%d: s[%d] = %d is not printable", n, i, s[i])
			}
		}
		if n >= 1000 {
			// spaces, a sign and zeros make up seven eighths of it
			rest := strings.TrimLeft(strings.TrimLeft(strings.TrimLeft(s, " "), "+-"), "0")
			assert.LessOrEqual(t, len(rest), n/8+3, "n=%d", n)
		}
	}
	for k := 0; k < 300; k++ {
		switch v := ParseInt32(Generate(r, 30)[0].(string)); {
		case v == math.MaxInt32 || v == math.MinInt32:
			kinds["clamped"]++
		case v < 0:
			kinds["negative"]++
		case v == 0:
			kinds["zero"]++
		default:
			kinds["positive"]++
		}
	}
	for _, kind := range []string{"clamped", "negative", "zero", "positive"} {
		assert.Greater(t, kinds[kind], 20, kind)
	}
}
