package judge

import (
	"math"
	"math/rand"
	"sort"

	"github.com/grindjudge/grind/judge/harness"
)

// Growth analysis fits log(time) against log(n) over the ladder sizes, for
// the user's code and the reference's, and bootstraps the fit over the
// timing repetitions for a 95% interval of each exponent.

const (
	bootstrapRounds = 1000
	// suboptimalGap is how much faster the user's exponent must grow than
	// the reference's, beyond non-overlapping intervals, to call it
	// suboptimal: n log n against n is a gap of about 0.1, n^2 against n
	// is 1.
	suboptimalGap = 0.5
	minSizes      = 3
)

// analyse reads the ladder's timing samples: the growth fit, and the time
// and allocation ratios over the two largest sizes.
func analyse(scales []harness.Event, optimal string, rep *Report) (g *Growth, timeRatio, allocRatio, allocs, bytes *float64) {
	if len(scales) == 0 {
		return nil, nil, nil, nil, nil
	}
	sort.SliceStable(scales, func(i, j int) bool { return scales[i].N < scales[j].N })
	var sizes []Size
	for _, s := range scales {
		sizes = append(sizes, Size{
			N: s.N, UserNS: median(s.UserNS), ReferenceNS: median(s.RefNSs),
			UserAllocs: s.UserAllocs, RefAllocs: s.RefAllocs, UserBytes: s.UserBytes, RefBytes: s.RefBytes,
		})
	}
	top := sizes[max(0, len(sizes)-2):]
	var tr, ar []float64
	for _, s := range top {
		if s.ReferenceNS > 0 {
			tr = append(tr, s.UserNS/s.ReferenceNS)
		}
		switch {
		case s.RefAllocs >= 0.5:
			ar = append(ar, s.UserAllocs/s.RefAllocs)
		case s.UserAllocs < 0.5:
			ar = append(ar, 1) // neither allocates
		}
	}
	if len(tr) > 0 {
		timeRatio = ptr(median(tr))
	}
	if len(ar) == len(top) {
		allocRatio = ptr(median(ar))
	}
	last := sizes[len(sizes)-1]
	allocs, bytes = ptr(last.UserAllocs), ptr(last.UserBytes)

	g = &Growth{Optimal: optimal, Sizes: sizes}
	g.Partial = rep.FailedCase != nil && rep.FailedCase.Kind == "scale"
	if len(sizes) < minSizes {
		return g, timeRatio, allocRatio, allocs, bytes
	}
	ns := make([]float64, len(scales))
	user := make([][]float64, len(scales))
	ref := make([][]float64, len(scales))
	for i, s := range scales {
		ns[i], user[i], ref[i] = float64(s.N), s.UserNS, s.RefNSs
	}
	g.UserExponent, g.UserCI = fitWithInterval(ns, user)
	g.ReferenceExponent, g.ReferenceCI = fitWithInterval(ns, ref)
	g.UserClass = className(ns, user, g.UserExponent, g.UserCI)
	g.ReferenceClass = className(ns, ref, g.ReferenceExponent, g.ReferenceCI)
	g.Suboptimal = g.UserCI[0] > g.ReferenceCI[1] && g.UserExponent-g.ReferenceExponent > suboptimalGap
	return g, timeRatio, allocRatio, allocs, bytes
}

func ptr(f float64) *float64 { return &f }

var median = harness.Median

// slope fits y = a + b x by least squares and returns b and the fit's R².
func slope(xs, ys []float64) (b, r2 float64) {
	n := float64(len(xs))
	var sx, sy, sxx, sxy, syy float64
	for i := range xs {
		sx += xs[i]
		sy += ys[i]
		sxx += xs[i] * xs[i]
		sxy += xs[i] * ys[i]
		syy += ys[i] * ys[i]
	}
	vx := sxx - sx*sx/n
	vy := syy - sy*sy/n
	if vx == 0 {
		return 0, 0
	}
	cov := sxy - sx*sy/n
	b = cov / vx
	if vy > 0 {
		r2 = cov * cov / (vx * vy)
	}
	return b, r2
}

// exponent fits log(median time) against log(n).
func exponent(ns []float64, samples [][]float64) float64 {
	xs := make([]float64, 0, len(ns))
	ys := make([]float64, 0, len(ns))
	for i := range ns {
		if m := median(samples[i]); m > 0 {
			xs = append(xs, math.Log(ns[i]))
			ys = append(ys, math.Log(m))
		}
	}
	if len(xs) < 2 {
		return 0
	}
	b, _ := slope(xs, ys)
	return b
}

// fitWithInterval returns the exponent and its 95% bootstrap interval:
// each round resamples every size's repetitions with replacement and fits
// again. The seed is fixed, so the same samples give the same interval.
func fitWithInterval(ns []float64, samples [][]float64) (float64, [2]float64) {
	b := exponent(ns, samples)
	r := rand.New(rand.NewSource(1))
	fits := make([]float64, bootstrapRounds)
	resampled := make([][]float64, len(samples))
	for k := range fits {
		for i, s := range samples {
			if cap(resampled[i]) < len(s) {
				resampled[i] = make([]float64, len(s))
			}
			resampled[i] = resampled[i][:len(s)]
			for j := range s {
				resampled[i][j] = s[r.Intn(len(s))]
			}
		}
		fits[k] = exponent(ns, resampled)
	}
	sort.Float64s(fits)
	return b, [2]float64{fits[bootstrapRounds*25/1000], fits[bootstrapRounds*975/1000-1]}
}

// className names the complexity class nearest the fitted exponent, but only
// when the interval is narrow enough to mean it. Classes whose exponents lie
// closer than the measurements can separate share a name: on ladders of this
// size n log n fits an exponent of about 1.1, so it reads as "n or n log n".
func className(ns []float64, samples [][]float64, b float64, ci [2]float64) string {
	if ci[1]-ci[0] > 0.6 {
		return ""
	}
	// An exponential grows by a constant factor per step of n: time is a
	// straight line against n itself, not log n.
	if b > 3.5 {
		var xs, ys []float64
		for i := range ns {
			if m := median(samples[i]); m > 0 {
				xs = append(xs, ns[i])
				ys = append(ys, math.Log(m))
			}
		}
		_, linear := slope(xs, ys)
		var lx []float64
		for _, x := range xs {
			lx = append(lx, math.Log(x))
		}
		_, loglog := slope(lx, ys)
		if linear > loglog {
			return "2^n"
		}
	}
	classes := []struct {
		exp  float64
		name string
	}{{0, "1 or log n"}, {1, "n or n log n"}, {2, "n^2"}, {3, "n^3"}}
	for _, c := range classes {
		if math.Abs(b-c.exp) <= 0.3 && ci[0] >= c.exp-0.45 && ci[1] <= c.exp+0.45 {
			return c.name
		}
	}
	return ""
}
