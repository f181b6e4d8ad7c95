package cmd

import (
	"github.com/grindjudge/grind/judge"
	"github.com/spf13/cobra"
)

// SubmitOptions are the flags of grind submit.
type SubmitOptions struct {
	Slug   string
	All    bool
	Strict bool
	Growth bool
	Seed   int64
}

func newCmdSubmit(f *Factory, runF func(*SubmitOptions) error) *cobra.Command {
	opts := &SubmitOptions{}
	c := &cobra.Command{
		Use:   "submit SLUG",
		Short: "Judge your solution on every case and measure it",
		Long: `Judge your solution on the samples, the hidden cases and the scaling
ladder, and report the verdict with performance numbers: time and
allocations against the reference measured in the same run, and how the
time grows with the input size.

Exit status: 0 accepted, 1 any other verdict (or, with --strict, a
solution that grows faster than the expected complexity).`,
		Example: `  grind submit two-sum
  grind submit two-sum --strict
  grind submit two-sum --json`,
		Args:              cobra.ExactArgs(1),
		ValidArgsFunction: completeSlugs(f),
		RunE: func(c *cobra.Command, args []string) error {
			opts.Slug = args[0]
			if runF != nil {
				return runF(opts)
			}
			return submitRun(c, f, opts)
		},
	}
	c.Flags().BoolVar(&opts.All, "all", false, "judge every case instead of stopping at the first failure")
	c.Flags().BoolVar(&opts.Strict, "strict", false, "fail an accepted solution that grows faster than the expected complexity")
	c.Flags().BoolVar(&opts.Growth, "growth", true, "time the scaling ladder to measure how the time grows")
	c.Flags().Int64Var(&opts.Seed, "seed", 1, "seed of the generated cases")
	return c
}

func submitRun(c *cobra.Command, f *Factory, opts *SubmitOptions) error {
	p, dir, err := f.problemArg(opts.Slug)
	if err != nil {
		return err
	}
	if opts.Strict && !opts.Growth {
		return &FlagError{errStrictNeedsGrowth}
	}
	rep, err := judgeSolution(c.Context(), f, p, dir, judge.Options{
		Mode: judge.Submit, All: opts.All, Strict: opts.Strict, Growth: opts.Growth, Seed: opts.Seed,
	})
	if err != nil {
		return err
	}
	if f.JSON {
		if err := writeJSON(f.IO.Out, rep); err != nil {
			return err
		}
	} else {
		renderReport(f.IO.Out, f.palette(), rep, false)
	}
	if failed(rep) {
		return errSilent
	}
	return nil
}
