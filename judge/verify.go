package judge

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/grindjudge/grind/judge/harness"
	"github.com/grindjudge/grind/problems"
)

// Requirements every problem of the bank meets, checked by Verify.
const (
	MinHidden      = 25 // hidden cases: hand-written and generated, samples not counted
	MinLadder      = 6  // sizes on the scaling ladder
	MinLadderSpan  = 64 // largest over smallest ladder size
	MinMargin      = 3  // an accepted solution's slowest case within a third of its limit; a slow one 3x over
	minWrong       = 2
	minAccepted    = 1
	minSlow        = 1
	submissionsDir = "testdata/submissions"
)

// Submission is a solution kept with a problem with a known fate: accepted,
// wrong or slow, by its folder.
type Submission struct {
	Problem *problems.Problem
	Path    string // the file
	Expect  string // accepted, wrong or slow
}

// FindSubmissions lists the submissions of a problem, kept under
// problemsDir/<slug>/testdata/submissions/{accepted,wrong,slow}/*.go.
func FindSubmissions(problemsDir string, p *problems.Problem) ([]Submission, error) {
	var subs []Submission
	for _, expect := range []string{"accepted", "wrong", "slow"} {
		files, err := filepath.Glob(filepath.Join(problemsDir, p.Slug, submissionsDir, expect, "*.go"))
		if err != nil {
			return nil, err
		}
		sort.Strings(files)
		for _, file := range files {
			subs = append(subs, Submission{Problem: p, Path: file, Expect: expect})
		}
	}
	return subs, nil
}

// Verified is how one submission fared against what its folder promises.
type Verified struct {
	Problem string  `json:"problem"`
	File    string  `json:"file"`   // relative to the problem's submissions folder
	Expect  string  `json:"expect"` // accepted, wrong or slow
	Verdict Verdict `json:"verdict"`
	Case    string  `json:"case,omitempty"` // the failed case
	Kind    string  `json:"kind,omitempty"` // its kind
	// Margin is how safely the verdict holds: for an accepted submission
	// its slowest case's limit over its time; for a slow one its time over
	// the limit on the case that shows it most. 0 where it does not apply.
	Margin     float64 `json:"margin,omitempty"`
	UserExp    float64 `json:"user_exponent,omitempty"`
	RefExp     float64 `json:"reference_exponent,omitempty"`
	Suboptimal bool    `json:"suboptimal,omitempty"`
	TimeRatio  float64 `json:"time_ratio,omitempty"` // the report's, when it has one
	Cases      int     `json:"cases"`
	OK         bool    `json:"ok"`
	Why        string  `json:"why,omitempty"` // why it is not OK

	samples, hidden int   // the judged cases by kind
	ladder          []int // the ladder sizes judged
}

// Verify judges a submission and checks its fate and its margins: an
// accepted one must pass with every case within a third of its limit, a
// wrong one must fail by WA on a case that is not a sample, a slow one must
// fail by TLE at three times the limit or more, or be flagged as growing
// faster than the reference.
func (j *Judge) Verify(ctx context.Context, s Submission) (*Verified, error) {
	sol, err := LoadFiles(filepath.Dir(s.Path), []string{s.Path})
	if err != nil {
		return nil, err
	}
	opts := Options{Mode: Submit}
	switch s.Expect {
	case "accepted":
		opts.Growth = true
	case "slow":
		// Judge every case and let a call run to three times its limit, so
		// the margin of the clearest failure can be read off.
		opts.Growth, opts.All, opts.KillFactor = true, true, MinMargin
	}
	rep, err := j.Judge(ctx, s.Problem, sol, opts)
	if err != nil {
		return nil, err
	}
	v := &Verified{Problem: s.Problem.Slug, File: filepath.Join(s.Expect, filepath.Base(s.Path)), Expect: s.Expect,
		Verdict: rep.Verdict, Cases: rep.Total}
	if fc := rep.FailedCase; fc != nil {
		v.Case, v.Kind = fc.Name, fc.Kind
	}
	if g := rep.Growth; g != nil {
		v.UserExp, v.RefExp, v.Suboptimal = g.UserExponent, g.ReferenceExponent, g.Suboptimal
	}
	if rep.TimeRatio != nil {
		v.TimeRatio = *rep.TimeRatio
	}
	for _, c := range rep.Cases {
		switch c.Kind {
		case "sample":
			v.samples++
		case "scale":
			v.ladder = append(v.ladder, c.N)
			v.hidden++
		default:
			v.hidden++
		}
	}
	switch s.Expect {
	case "accepted":
		worst := 0.0
		for _, c := range rep.Cases {
			if c.LimitNS > 0 {
				worst = max(worst, charged(c)/float64(c.LimitNS))
			}
		}
		if worst > 0 {
			v.Margin = 1 / worst
		}
		switch {
		case rep.Verdict != AC:
			v.Why = fmt.Sprintf("want AC, got %s on %s: %s %s", rep.Verdict, v.Case, rep.Message, failMessage(rep))
		case v.Suboptimal:
			v.Why = "flagged as growing faster than the reference"
		case v.Margin < MinMargin:
			v.Why = fmt.Sprintf("its slowest case uses 1/%.1f of its limit; want 1/%d or less", v.Margin, MinMargin)
		default:
			v.OK = true
		}
	case "wrong":
		switch {
		case rep.Verdict != WA:
			v.Why = fmt.Sprintf("want WA, got %s %s", rep.Verdict, failMessage(rep))
		case v.Kind == "sample":
			v.Why = "fails a sample; a wrong submission must pass the samples and fail a hidden case"
		default:
			v.OK = true
		}
	case "slow":
		for _, c := range rep.Cases {
			if c.Verdict == TLE && c.LimitNS > 0 {
				v.Margin = max(v.Margin, charged(c)/float64(c.LimitNS))
			}
		}
		switch {
		case rep.Verdict == TLE && v.Margin >= MinMargin:
			v.OK = true
		case rep.Verdict == TLE:
			v.Why = fmt.Sprintf("times out by only %.1f× its limit; want %d× or more", v.Margin, MinMargin)
		case rep.Verdict == AC && v.Suboptimal:
			v.OK = true
		case rep.Verdict == AC:
			v.Why = "accepted and not flagged: the ladder does not show it growing faster than the reference"
		default:
			v.Why = fmt.Sprintf("want TLE, got %s %s", rep.Verdict, failMessage(rep))
		}
	}
	return v, nil
}

// charged is the time a case is judged by, as the harness judges it: the
// CPU time of the call, or a third of its wall time when it spent that long
// waiting; the wall time of a call stopped before it reported.
func charged(c CaseResult) float64 {
	if c.CPUNS > 0 {
		return max(float64(c.CPUNS), float64(c.TimeNS)/harness.WaitFactor)
	}
	return float64(c.TimeNS)
}

func failMessage(rep *Report) string {
	if rep.FailedCase != nil {
		return rep.FailedCase.Message
	}
	return rep.Message
}

// CheckBank checks what a problem must hold beyond its submissions' fates:
// enough submissions of each kind, a reference test, enough hidden cases
// and a long enough scaling ladder, read off its accepted submissions'
// results.
func CheckBank(problemsDir string, p *problems.Problem, results []*Verified) []string {
	count := map[string]int{}
	var accepted *Verified
	for _, v := range results {
		count[v.Expect]++
		if v.Expect == "accepted" && v.OK && accepted == nil {
			accepted = v
		}
	}
	var probs []string
	for _, need := range []struct {
		kind string
		n    int
	}{{"accepted", minAccepted}, {"wrong", minWrong}, {"slow", minSlow}} {
		if count[need.kind] < need.n {
			probs = append(probs, fmt.Sprintf("%d %s submissions, want %d or more", count[need.kind], need.kind, need.n))
		}
	}
	if _, err := os.Stat(filepath.Join(problemsDir, p.Slug, "reference_test.go")); err != nil {
		probs = append(probs, "no reference_test.go")
	}
	if accepted == nil {
		return probs
	}
	if accepted.samples < 1 {
		probs = append(probs, "no samples")
	}
	if accepted.hidden < MinHidden {
		probs = append(probs, fmt.Sprintf("%d hidden cases, want %d or more", accepted.hidden, MinHidden))
	}
	ladder := accepted.ladder
	if len(ladder) < MinLadder {
		probs = append(probs, fmt.Sprintf("%d ladder sizes, want %d or more", len(ladder), MinLadder))
	} else if ladder[len(ladder)-1] < MinLadderSpan*ladder[0] && !exponential(p) {
		probs = append(probs, fmt.Sprintf("the ladder spans %d to %d, want %d× or more", ladder[0], ladder[len(ladder)-1], MinLadderSpan))
	}
	return probs
}

// exponential reports whether a problem's expected complexity is
// exponential, factorial or bound by its output, whose ladders cannot span
// 64x in n.
func exponential(p *problems.Problem) bool {
	for _, s := range []string{"2^n", "n!", "3^", "Catalan", "output"} {
		if strings.Contains(p.Optimal, s) {
			return true
		}
	}
	return false
}
