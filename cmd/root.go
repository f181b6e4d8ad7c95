// Package cmd is grind's command-line interface: one file per command, each
// parsing its flags into an options struct and calling a plain function
// that judges through package judge and renders the result. Output goes
// through IOStreams; Main turns errors into exit codes.
package cmd

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"strings"

	"github.com/grindjudge/grind/judge"
	"github.com/grindjudge/grind/problems"
	"github.com/spf13/cobra"
)

// Exit codes.
const (
	exitOK      = 0 // every solution accepted
	exitFailed  = 1 // some verdict other than AC
	exitUsage   = 2 // bad usage or input: unknown problem, missing solution, bad flag
	exitBroken  = 3 // the judge itself failed: no Go toolchain, unwritable cache
	exitStopped = 130
)

// Factory holds what commands share: the streams, the problem bank, the
// judge and the global flags.
type Factory struct {
	IO *IOStreams
	// Catalogue returns the problem bank.
	Catalogue func() (*problems.Catalogue, error)
	// Judge returns the judge.
	Judge func() (*judge.Judge, error)

	Solutions string // --solutions: "" means ./solutions if it exists, else .
	JSON      bool   // --json
	NoColor   bool   // --no-color
}

// NewFactory returns the factory of a real run.
func NewFactory(io *IOStreams) *Factory {
	f := &Factory{IO: io, Catalogue: problems.Bank}
	f.Judge = func() (*judge.Judge, error) {
		cat, err := f.Catalogue()
		if err != nil {
			return nil, err
		}
		return judge.New(cat), nil
	}
	return f
}

// SolutionsDir returns the folder holding the user's solutions.
func (f *Factory) SolutionsDir() string {
	if f.Solutions != "" {
		return f.Solutions
	}
	if st, err := os.Stat("solutions"); err == nil && st.IsDir() {
		return "solutions"
	}
	return "."
}

func (f *Factory) palette() palette { return palette{on: f.IO.Color && !f.NoColor} }

// version is the module version grind was built at, "(devel)" from a
// checkout, with the Go that built it.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown"
	}
	return info.Main.Version + " (" + info.GoVersion + ")"
}

// FlagError is a usage mistake: the command's usage is worth showing.
type FlagError struct{ Err error }

func (e *FlagError) Error() string { return e.Err.Error() }
func (e *FlagError) Unwrap() error { return e.Err }

// UsageError is bad input the user can fix: exit 2, with the message.
type UsageError struct{ Msg string }

func (e *UsageError) Error() string { return e.Msg }

// errSilent means the result was printed already and the exit code is 1.
var errSilent = errors.New("silent")

// NewRootCmd returns the root command with every subcommand.
func NewRootCmd(f *Factory) *cobra.Command {
	root := &cobra.Command{
		Use:   "grind",
		Short: "A judge for coding-round practice in Go",
		Long: `grind serves interview problems, judges your Go solutions against hidden
cases under time and memory limits, and tells you how fast they are and how
they grow with the input, measured against an optimal reference.

  grind list                     the problems
  grind show two-sum             read one
  grind init two-sum             write a stub to solve it in
  grind test two-sum             run the samples
  grind submit two-sum           judge it on every case
  grind check solutions          judge every solution in a folder (for CI)`,
		SilenceErrors: true,
		SilenceUsage:  true,
		Version:       version(),
		PersistentPreRun: func(c *cobra.Command, args []string) {
			if f.NoColor {
				f.IO.Color = false
			}
		},
	}
	root.PersistentFlags().StringVar(&f.Solutions, "solutions", "", "the folder of your solutions (default ./solutions if it exists, else .)")
	root.PersistentFlags().BoolVar(&f.JSON, "json", false, "print results as JSON")
	root.PersistentFlags().BoolVar(&f.NoColor, "no-color", false, "no colour (NO_COLOR and non-terminal output also turn it off)")
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error { return &FlagError{err} })
	root.SetOut(f.IO.Out)
	root.SetErr(f.IO.ErrOut)

	root.AddCommand(
		newCmdList(f, nil),
		newCmdShow(f, nil),
		newCmdHint(f, nil),
		newCmdInit(f, nil),
		newCmdTest(f, nil),
		newCmdSubmit(f, nil),
		newCmdCheck(f, nil),
		newCmdVerify(f, nil),
	)
	return root
}

// Main runs grind with the process's arguments and returns the exit code.
func Main() int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	return Run(ctx, System(), os.Args[1:])
}

// Run runs grind with the arguments and returns the exit code.
func Run(ctx context.Context, io *IOStreams, args []string) int {
	f := NewFactory(io)
	root := NewRootCmd(f)
	root.SetArgs(args)
	c, err := root.ExecuteContextC(ctx)
	if err == nil {
		return exitOK
	}
	return report(f, c, err)
}

// report prints an error once and picks the exit code.
func report(f *Factory, c *cobra.Command, err error) int {
	var (
		flagErr  *FlagError
		usageErr *UsageError
		inputErr *judge.InputError
		notFound *problems.NotFoundError
		setupErr *judge.SetupError
		ce       *judge.CompileError
	)
	switch {
	case errors.Is(err, errSilent):
		return exitFailed
	case errors.Is(err, context.Canceled):
		fmt.Fprintln(f.IO.ErrOut, "grind: stopped")
		return exitStopped
	case errors.As(err, &flagErr) || isCobraUsage(err):
		fmt.Fprintf(f.IO.ErrOut, "grind: %v\n", err)
		if c != nil {
			fmt.Fprintf(f.IO.ErrOut, "\nUsage:\n  %s\n\nRun '%s --help' for more.\n", c.UseLine(), c.CommandPath())
		}
		return exitUsage
	case errors.As(err, &usageErr), errors.As(err, &inputErr), errors.As(err, &notFound):
		fmt.Fprintf(f.IO.ErrOut, "grind: %v\n", err)
		return exitUsage
	case errors.As(err, &setupErr):
		fmt.Fprintf(f.IO.ErrOut, "grind: %v\n", err)
		return exitBroken
	case errors.As(err, &ce):
		fmt.Fprintf(f.IO.ErrOut, "grind: %v\n", err)
		return exitFailed
	}
	fmt.Fprintf(f.IO.ErrOut, "grind: the judge failed: %v\n(this is a bug in grind, not in your code; please report it)\n", err)
	return exitBroken
}

// isCobraUsage recognises cobra's own errors about arguments and commands.
func isCobraUsage(err error) bool {
	msg := err.Error()
	for _, s := range []string{"unknown command", "accepts ", "requires at least", "requires exactly", "unknown flag", "unknown shorthand", "invalid argument"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// problemArg resolves a command's argument to a problem: a slug, or the path
// of a solution folder named after one.
func (f *Factory) problemArg(arg string) (*problems.Problem, string, error) {
	cat, err := f.Catalogue()
	if err != nil {
		return nil, "", err
	}
	if p, err := cat.Problem(arg); err == nil {
		return p, filepath.Join(f.SolutionsDir(), p.Slug), nil
	}
	if st, err := os.Stat(arg); err == nil && st.IsDir() {
		abs, _ := filepath.Abs(arg)
		if p, err := cat.Problem(filepath.Base(abs)); err == nil {
			return p, arg, nil
		}
	}
	_, err = cat.Problem(arg)
	return nil, "", err
}

// completeSlugs completes problem slugs, with their titles.
func completeSlugs(f *Factory) func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return func(c *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
		if len(args) > 0 {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		cat, err := f.Catalogue()
		if err != nil {
			return nil, cobra.ShellCompDirectiveError
		}
		var out []string
		for _, p := range cat.All() {
			if strings.HasPrefix(p.Slug, toComplete) {
				out = append(out, p.Slug+"\t"+p.Title)
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}
