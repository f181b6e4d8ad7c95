package cmd

import (
	"io"
	"os"

	"github.com/fatih/color"
	"github.com/mattn/go-isatty"
)

// IOStreams is where a command reads and writes: results to Out, progress
// and errors to ErrOut. Tests give it buffers.
type IOStreams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer
	// OutTTY and ErrTTY say whether Out and ErrOut are terminals.
	OutTTY, ErrTTY bool
	// Color turns on colour for Out; it is off for a non-terminal, with
	// NO_COLOR set, or with --no-color.
	Color bool
	// Width is the terminal's width in columns, for wrapping.
	Width int
}

// System returns the process's own streams.
func System() *IOStreams {
	outTTY := isatty.IsTerminal(os.Stdout.Fd()) || isatty.IsCygwinTerminal(os.Stdout.Fd())
	errTTY := isatty.IsTerminal(os.Stderr.Fd()) || isatty.IsCygwinTerminal(os.Stderr.Fd())
	_, noColor := os.LookupEnv("NO_COLOR")
	return &IOStreams{
		In: os.Stdin, Out: color.Output, ErrOut: color.Error,
		OutTTY: outTTY, ErrTTY: errTTY,
		Color: outTTY && !noColor && os.Getenv("TERM") != "dumb",
		Width: 100,
	}
}

// palette colours text when colour is on.
type palette struct{ on bool }

func (p palette) paint(s string, attrs ...color.Attribute) string {
	if !p.on || s == "" {
		return s
	}
	c := color.New(attrs...)
	c.EnableColor()
	return c.Sprint(s)
}

func (p palette) green(s string) string  { return p.paint(s, color.FgGreen, color.Bold) }
func (p palette) red(s string) string    { return p.paint(s, color.FgRed, color.Bold) }
func (p palette) yellow(s string) string { return p.paint(s, color.FgYellow) }
func (p palette) cyan(s string) string   { return p.paint(s, color.FgCyan) }
func (p palette) bold(s string) string   { return p.paint(s, color.Bold) }
func (p palette) dim(s string) string    { return p.paint(s, color.Faint) }
