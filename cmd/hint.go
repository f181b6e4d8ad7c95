package cmd

import (
	"fmt"
	"strconv"

	"github.com/spf13/cobra"
)

// HintOptions are the flags of grind hint.
type HintOptions struct {
	Slug  string
	Level int // which hint, from 1; 0 means the first
	All   bool
}

func newCmdHint(f *Factory, runF func(*HintOptions) error) *cobra.Command {
	opts := &HintOptions{}
	c := &cobra.Command{
		Use:   "hint SLUG [N]",
		Short: "Show a problem's hints, one at a time",
		Long: `Show the N-th hint of a problem (the first by default). Hints go from a
nudge to the whole idea; read one, try again, then read the next.`,
		Example: `  grind hint two-sum
  grind hint two-sum 2`,
		Args:              cobra.RangeArgs(1, 2),
		ValidArgsFunction: completeSlugs(f),
		RunE: func(c *cobra.Command, args []string) error {
			opts.Slug = args[0]
			if len(args) == 2 {
				n, err := strconv.Atoi(args[1])
				if err != nil || n < 1 {
					return &FlagError{fmt.Errorf("hint number %q: want a number from 1", args[1])}
				}
				opts.Level = n
			}
			if runF != nil {
				return runF(opts)
			}
			return hintRun(f, opts)
		},
	}
	c.Flags().BoolVar(&opts.All, "all", false, "show every hint")
	return c
}

func hintRun(f *Factory, opts *HintOptions) error {
	cat, err := f.Catalogue()
	if err != nil {
		return err
	}
	p, err := cat.Problem(opts.Slug)
	if err != nil {
		return err
	}
	if len(p.Hints) == 0 {
		return &UsageError{fmt.Sprintf("%s has no hints", p.Slug)}
	}
	level := max(opts.Level, 1)
	if level > len(p.Hints) {
		return &UsageError{fmt.Sprintf("%s has %d hints", p.Slug, len(p.Hints))}
	}
	from, to := level, level
	if opts.All {
		from, to = 1, len(p.Hints)
	}
	if f.JSON {
		return writeJSON(f.IO.Out, p.Hints[from-1:to])
	}
	pal := f.palette()
	for i := from; i <= to; i++ {
		fmt.Fprintf(f.IO.Out, "%s %s\n", pal.bold(fmt.Sprintf("Hint %d of %d:", i, len(p.Hints))), p.Hints[i-1])
	}
	if !opts.All && level < len(p.Hints) && f.IO.OutTTY {
		fmt.Fprintf(f.IO.Out, "%s\n", pal.dim(fmt.Sprintf("(grind hint %s %d for the next)", p.Slug, level+1)))
	}
	return nil
}
