package judge

import (
	"math"
	"math/rand"
	"testing"

	"github.com/grindjudge/grind/judge/harness"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// ladder makes timing samples of a function of n with multiplicative noise,
// as the harness would report them.
func ladder(r *rand.Rand, f func(n float64) float64, noise float64) []harness.Event {
	var evs []harness.Event
	for n := 1000; n <= 64000; n *= 2 {
		ev := harness.Event{Ev: harness.EvScale, N: n}
		for rep := 0; rep < 5; rep++ {
			jitter := func() float64 { return 1 + noise*(2*r.Float64()-1) }
			ev.UserNS = append(ev.UserNS, f(float64(n))*jitter())
			ev.RefNSs = append(ev.RefNSs, 10*float64(n)*jitter())
		}
		ev.UserAllocs, ev.RefAllocs = 4, 2
		evs = append(evs, ev)
	}
	return evs
}

func TestGrowthNamesWhatTheDataSupport(t *testing.T) {
	tests := []struct {
		name       string
		f          func(n float64) float64
		exponent   float64
		class      string
		suboptimal bool
	}{
		{"linear", func(n float64) float64 { return 12 * n }, 1, "n or n log n", false},
		{"n log n reads as n", func(n float64) float64 { return 3 * n * math.Log2(n) }, 1.1, "n or n log n", false},
		{"quadratic", func(n float64) float64 { return n * n / 50 }, 2, "n^2", true},
		{"cubic", func(n float64) float64 { return n * n * n / 1e6 }, 3, "n^3", true},
		{"logarithmic", func(n float64) float64 { return 200 * math.Log2(n) }, 0.15, "1 or log n", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := rand.New(rand.NewSource(1))
			rep := &Report{}
			g, timeRatio, allocRatio, _, _ := analyse(ladder(r, tt.f, 0.05), "O(n)", rep)
			require.NotNil(t, g)
			assert.InDelta(t, tt.exponent, g.UserExponent, 0.12)
			assert.InDelta(t, 1, g.ReferenceExponent, 0.05)
			assert.LessOrEqual(t, g.UserCI[0], g.UserExponent)
			assert.GreaterOrEqual(t, g.UserCI[1], g.UserExponent)
			assert.Equal(t, tt.class, g.UserClass)
			assert.Equal(t, tt.suboptimal, g.Suboptimal)
			require.NotNil(t, timeRatio)
			require.NotNil(t, allocRatio)
			assert.InDelta(t, 2, *allocRatio, 1e-9)
		})
	}
}

func TestGrowthRefusesToNameWhatItCannotTell(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	// n^1.4 is no class: neither n nor n^2 may be claimed.
	g, _, _, _, _ := analyse(ladder(r, func(n float64) float64 { return math.Pow(n, 1.4) }, 0.05), "O(n)", &Report{})
	require.NotNil(t, g)
	assert.InDelta(t, 1.4, g.UserExponent, 0.05)
	assert.Empty(t, g.UserClass)
	assert.False(t, g.Suboptimal, "0.4 faster than the reference is within the margin")

	// Three sizes drowned in noise: the interval is too wide to name anything.
	noisy := ladder(r, func(n float64) float64 { return 12 * n }, 0.95)[:3]
	g, _, _, _, _ = analyse(noisy, "O(n)", &Report{})
	assert.Greater(t, g.UserCI[1]-g.UserCI[0], 0.6)
	assert.Empty(t, g.UserClass, "interval %v", g.UserCI)
	assert.False(t, g.Suboptimal)
}

func TestGrowthNeedsThreeSizes(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	evs := ladder(r, func(n float64) float64 { return n * n }, 0.01)[:2]
	g, _, _, _, _ := analyse(evs, "O(n)", &Report{})
	require.NotNil(t, g)
	assert.Len(t, g.Sizes, 2)
	assert.Zero(t, g.UserExponent, "two sizes are not enough to fit")
}

func TestExponentialIsNamed(t *testing.T) {
	var evs []harness.Event
	for n := 4; n <= 14; n += 2 {
		t := math.Pow(2, float64(n)) * 100
		evs = append(evs, harness.Event{N: n, UserNS: []float64{t, t * 1.01, t * 0.99}, RefNSs: []float64{t, t, t}})
	}
	g, _, _, _, _ := analyse(evs, "O(2^n)", &Report{})
	assert.Equal(t, "2^n", g.UserClass)
}
