package cmd

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/grindjudge/grind/judge"
	"github.com/grindjudge/grind/problems"
	"github.com/spf13/cobra"
)

// VerifyOptions are the flags of grind verify.
type VerifyOptions struct {
	Dir   string   // the problems folder of a grind checkout
	Slugs []string // only these problems
	Jobs  int
}

func newCmdVerify(f *Factory, runF func(*VerifyOptions) error) *cobra.Command {
	opts := &VerifyOptions{}
	c := &cobra.Command{
		Use:    "verify [SLUG...]",
		Short:  "Judge every problem's kept submissions and check their fates (for problem authors)",
		Hidden: true,
		Long: `Judge every submission kept under problems/<slug>/testdata/submissions and
check that each gets the verdict its folder promises, with margins that
hold on a noisier machine: accepted within a third of every limit, wrong on
a hidden case (not a sample), slow by TLE at three times the limit or
flagged as growing faster than the reference. Also checks that each problem
has enough submissions, hidden cases and ladder sizes.

Run it from a grind checkout: make verify.`,
		RunE: func(c *cobra.Command, args []string) error {
			opts.Slugs = args
			if runF != nil {
				return runF(opts)
			}
			return verifyRun(c.Context(), f, opts)
		},
	}
	c.Flags().StringVar(&opts.Dir, "problems", "problems", "the problems folder of a grind checkout")
	c.Flags().IntVarP(&opts.Jobs, "jobs", "j", 2, "problems verified at once")
	return c
}

type verifyProblem struct {
	p       *problems.Problem
	results []*judge.Verified
	bank    []string
	err     error
}

func verifyRun(ctx context.Context, f *Factory, opts *VerifyOptions) error {
	cat, err := f.Catalogue()
	if err != nil {
		return err
	}
	ps := cat.All()
	if len(opts.Slugs) > 0 {
		ps = nil
		for _, s := range opts.Slugs {
			p, err := cat.Problem(s)
			if err != nil {
				return err
			}
			ps = append(ps, p)
		}
	}
	j, err := f.Judge()
	if err != nil {
		return err
	}
	start := time.Now()
	out := make([]verifyProblem, len(ps))
	sem := make(chan struct{}, max(opts.Jobs, 1))
	var wg sync.WaitGroup
	for i, p := range ps {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			out[i] = verifyOne(ctx, j, opts.Dir, p)
			if f.IO.ErrTTY {
				fmt.Fprintf(f.IO.ErrOut, "\r\033[Kverified %s", p.Slug)
			}
		}()
	}
	wg.Wait()
	if f.IO.ErrTTY {
		fmt.Fprint(f.IO.ErrOut, "\r\033[K")
	}
	for _, vp := range out {
		if vp.err != nil {
			return fmt.Errorf("verifying %s: %w", vp.p.Slug, vp.err)
		}
	}
	if f.JSON {
		var all []*judge.Verified
		for _, vp := range out {
			all = append(all, vp.results...)
		}
		return writeJSON(f.IO.Out, all)
	}
	bad := renderVerify(f, out)
	fmt.Fprintf(f.IO.Out, "\n%d problems, %d submissions verified in %s", len(out), countResults(out), time.Since(start).Round(time.Second))
	if bad > 0 {
		fmt.Fprintf(f.IO.Out, "; %d problems to fix\n", bad)
		return errSilent
	}
	fmt.Fprintln(f.IO.Out, "; all as expected")
	return nil
}

func verifyOne(ctx context.Context, j *judge.Judge, dir string, p *problems.Problem) verifyProblem {
	vp := verifyProblem{p: p}
	subs, err := judge.FindSubmissions(dir, p)
	if err != nil {
		vp.err = err
		return vp
	}
	for _, s := range subs {
		v, err := j.Verify(ctx, s)
		if err != nil {
			vp.err = fmt.Errorf("%s: %w", s.Path, err)
			return vp
		}
		vp.results = append(vp.results, v)
	}
	vp.bank = judge.CheckBank(dir, p, vp.results)
	return vp
}

func countResults(out []verifyProblem) int {
	n := 0
	for _, vp := range out {
		n += len(vp.results)
	}
	return n
}

// renderVerify writes the table and returns how many problems have
// something to fix.
func renderVerify(f *Factory, out []verifyProblem) int {
	pal := f.palette()
	tw := tabwriter.NewWriter(f.IO.Out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "PROBLEM\tCASES\tSUBMISSION\tVERDICT\tMARGIN\tEXPONENT (YOURS/REF)\tOK")
	bad := 0
	sort.SliceStable(out, func(i, k int) bool { return false })
	for _, vp := range out {
		problemBad := len(vp.bank) > 0
		for i, v := range vp.results {
			name, cases := "", ""
			if i == 0 {
				name, cases = vp.p.Slug, fmt.Sprint(v.Cases)
			}
			verdict := v.Verdict.String()
			if v.Case != "" && v.Verdict != judge.AC {
				verdict += " " + v.Kind + ":" + v.Case
			}
			if v.Suboptimal {
				verdict += " (flagged)"
			}
			margin := ""
			if v.Margin > 0 {
				margin = fmt.Sprintf("%.1f×", v.Margin)
				if v.Expect == "slow" && v.Verdict == judge.TLE && v.Margin >= judge.MinMargin+1 {
					margin = fmt.Sprintf("≥%.1f×", v.Margin)
				}
			}
			exps := ""
			if v.UserExp != 0 || v.RefExp != 0 {
				exps = fmt.Sprintf("%.2f / %.2f", v.UserExp, v.RefExp)
			}
			ok := pal.green("ok")
			if !v.OK {
				ok = pal.red("FAIL: " + v.Why)
				problemBad = true
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", name, cases, v.File, verdict, margin, exps, ok)
		}
		if len(vp.results) == 0 {
			fmt.Fprintf(tw, "%s\t\t(no submissions)\t\t\t\t\n", vp.p.Slug)
		}
		if len(vp.bank) > 0 {
			fmt.Fprintf(tw, "\t\t\t\t\t\t%s\n", pal.red("FAIL: "+strings.Join(vp.bank, "; ")))
		}
		if problemBad {
			bad++
		}
	}
	tw.Flush()
	return bad
}
