package cmd

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/grindjudge/grind/judge"
	"github.com/grindjudge/grind/problems"
	"github.com/spf13/cobra"
)

var errStrictNeedsGrowth = errors.New("--strict needs the growth analysis; drop --growth=false")

// CheckOptions are the flags of grind check.
type CheckOptions struct {
	Dir    string
	JUnit  string
	Strict bool
	Growth bool
	Jobs   int
	Seed   int64
}

func newCmdCheck(f *Factory, runF func(*CheckOptions) error) *cobra.Command {
	opts := &CheckOptions{}
	c := &cobra.Command{
		Use:   "check [DIR]",
		Short: "Judge every solution in a folder, for CI",
		Long: `Judge every solution found in DIR (default: the solutions folder): each
subfolder named after a problem, such as DIR/two-sum/solution.go. Folders
that name no problem are reported and skipped.

Exit status: 0 when every solution is accepted, 1 when any is not, 2 when
DIR holds no solutions.`,
		Example: `  grind check
  grind check solutions --junit report.xml
  grind check --json > report.json`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.Dir = args[0]
			} else {
				opts.Dir = f.SolutionsDir()
			}
			if runF != nil {
				return runF(opts)
			}
			return checkRun(c.Context(), f, opts)
		},
	}
	c.Flags().StringVar(&opts.JUnit, "junit", "", "also write a JUnit XML report to this file")
	c.Flags().BoolVar(&opts.Strict, "strict", false, "fail accepted solutions that grow faster than the expected complexity")
	c.Flags().BoolVar(&opts.Growth, "growth", true, "time the scaling ladder of each problem")
	c.Flags().IntVarP(&opts.Jobs, "jobs", "j", 1, "judge this many solutions at once (timings are steadier with 1)")
	c.Flags().Int64Var(&opts.Seed, "seed", 1, "seed of the generated cases")
	return c
}

type found struct {
	p   *problems.Problem
	dir string
}

// findSolutions lists the solution folders under dir, and the folders with
// Go files that name no problem.
func findSolutions(cat *problems.Catalogue, dir string) ([]found, []string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, nil, err
	}
	if p, err := cat.Problem(filepath.Base(abs)); err == nil {
		return []found{{p, dir}}, nil, nil
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil, &UsageError{fmt.Sprintf("cannot read %s: %v", dir, errors.Unwrap(err))}
	}
	var sols []found
	var skipped []string
	for _, e := range entries {
		if !e.IsDir() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		sub := filepath.Join(dir, e.Name())
		gos, _ := filepath.Glob(filepath.Join(sub, "*.go"))
		if len(gos) == 0 {
			continue
		}
		p, err := cat.Problem(e.Name())
		if err != nil {
			skipped = append(skipped, fmt.Sprintf("%s: %v", sub, err))
			continue
		}
		sols = append(sols, found{p, sub})
	}
	return sols, skipped, nil
}

func checkRun(ctx context.Context, f *Factory, opts *CheckOptions) error {
	if opts.Strict && !opts.Growth {
		return &FlagError{errStrictNeedsGrowth}
	}
	cat, err := f.Catalogue()
	if err != nil {
		return err
	}
	sols, skipped, err := findSolutions(cat, opts.Dir)
	if err != nil {
		return err
	}
	for _, s := range skipped {
		fmt.Fprintf(f.IO.ErrOut, "grind: skipping %s\n", s)
	}
	if len(sols) == 0 {
		return &UsageError{fmt.Sprintf("no solutions in %s: a solution is a folder named after a problem, such as %s (grind init two-sum writes one)",
			opts.Dir, filepath.Join(opts.Dir, "two-sum", "solution.go"))}
	}
	j, err := f.Judge()
	if err != nil {
		return err
	}
	reports := make([]*judge.Report, len(sols))
	errs := make([]error, len(sols))
	jobs := max(opts.Jobs, 1)
	sem := make(chan struct{}, jobs)
	var wg sync.WaitGroup
	var printMu sync.Mutex
	pal := f.palette()
	status := newStatus(f)
	for i, s := range sols {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			sol, err := judge.LoadSolution(s.dir, s.p.Slug)
			if err != nil {
				errs[i] = err
				return
			}
			var progress func(string)
			if jobs == 1 {
				progress = status.say
			} else {
				progress = func(string) {}
			}
			rep, err := j.Judge(ctx, s.p, sol, judge.Options{
				Mode: judge.Submit, Strict: opts.Strict, Growth: opts.Growth, Seed: opts.Seed, Progress: progress,
			})
			reports[i], errs[i] = rep, err
			if err == nil && !f.JSON {
				printMu.Lock()
				status.clear()
				renderCheckLine(f, pal, rep)
				printMu.Unlock()
			}
		}()
	}
	wg.Wait()
	status.clear()
	for _, err := range errs {
		var inputErr *judge.InputError
		if err != nil && !errors.As(err, &inputErr) {
			return err
		}
	}
	var out []*judge.Report
	var failures []string
	for i, rep := range reports {
		if errs[i] != nil {
			fmt.Fprintf(f.IO.ErrOut, "grind: %v\n", errs[i])
			failures = append(failures, sols[i].p.Slug)
			continue
		}
		out = append(out, rep)
		if failed(rep) {
			failures = append(failures, rep.Problem)
		}
	}
	if opts.JUnit != "" {
		if err := writeJUnit(opts.JUnit, out, cat); err != nil {
			return err
		}
	}
	if f.JSON {
		if err := writeJSON(f.IO.Out, out); err != nil {
			return err
		}
	} else {
		sort.Strings(failures)
		fmt.Fprintln(f.IO.Out)
		if len(failures) == 0 {
			fmt.Fprintf(f.IO.Out, "%s all %d solutions accepted\n", pal.green("✓"), len(sols))
		} else {
			fmt.Fprintf(f.IO.Out, "%s %d of %d solutions accepted; failing: %s\n", pal.red("✗"), len(sols)-len(failures), len(sols), strings.Join(failures, ", "))
		}
	}
	if len(failures) > 0 {
		return errSilent
	}
	return nil
}

// renderCheckLine writes one solution's result: a line when it is
// accepted, the whole report when it is not.
func renderCheckLine(f *Factory, pal palette, rep *judge.Report) {
	if failed(rep) {
		renderReport(f.IO.Out, pal, rep, false)
		return
	}
	renderHeader(f.IO.Out, pal, rep)
}
