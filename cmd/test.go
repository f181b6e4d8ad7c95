package cmd

import (
	"encoding/json"
	"fmt"

	"github.com/grindjudge/grind/judge"
	"github.com/spf13/cobra"
)

// TestOptions are the flags of grind test.
type TestOptions struct {
	Slug  string
	Cases []string // --case, in notation
}

func newCmdTest(f *Factory, runF func(*TestOptions) error) *cobra.Command {
	opts := &TestOptions{}
	c := &cobra.Command{
		Use:   "test SLUG",
		Short: "Run your solution on the samples (and cases of your own)",
		Long: `Run your solution on the problem's samples and show, for each, the input,
the expected answer and yours. Add cases of your own with --case, written
in LeetCode notation: the arguments in order, or an object by parameter
name. The reference solution gives their expected answers.`,
		Example: `  grind test two-sum
  grind test two-sum --case '[1,5,3], 4'
  grind test two-sum --case '{"nums": [1,5,3], "target": 4}'
  grind test max-depth --case '[1,null,2,3]'`,
		Args:              cobra.ExactArgs(1),
		ValidArgsFunction: completeSlugs(f),
		RunE: func(c *cobra.Command, args []string) error {
			opts.Slug = args[0]
			if runF != nil {
				return runF(opts)
			}
			return testRun(c, f, opts)
		},
	}
	c.Flags().StringArrayVar(&opts.Cases, "case", nil, "a case of your own: the arguments in notation (repeatable)")
	return c
}

func testRun(c *cobra.Command, f *Factory, opts *TestOptions) error {
	p, dir, err := f.problemArg(opts.Slug)
	if err != nil {
		return err
	}
	var custom [][]json.RawMessage
	for _, raw := range opts.Cases {
		args, err := p.ParseArgs(raw)
		if err != nil {
			return &FlagError{fmt.Errorf("--case: %w", err)}
		}
		custom = append(custom, args)
	}
	rep, err := judgeSolution(c.Context(), f, p, dir, judge.Options{Mode: judge.Test, All: true, Custom: custom})
	if err != nil {
		return err
	}
	if f.JSON {
		if err := writeJSON(f.IO.Out, rep); err != nil {
			return err
		}
	} else {
		renderReport(f.IO.Out, f.palette(), rep, true)
		if rep.Verdict == judge.AC {
			fmt.Fprintf(f.IO.Out, "\nThe samples pass. %s judges the hidden cases and measures speed.\n", f.palette().bold("grind submit "+p.Slug))
		}
	}
	if failed(rep) {
		return errSilent
	}
	return nil
}
