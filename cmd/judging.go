package cmd

import (
	"context"
	"fmt"

	"github.com/grindjudge/grind/judge"
	"github.com/grindjudge/grind/problems"
)

// judgeSolution loads the solution in dir and judges it, telling the user
// on ErrOut what takes time.
func judgeSolution(ctx context.Context, f *Factory, p *problems.Problem, dir string, opts judge.Options) (*judge.Report, error) {
	sol, err := judge.LoadSolution(dir, p.Slug)
	if err != nil {
		return nil, err
	}
	j, err := f.Judge()
	if err != nil {
		return nil, err
	}
	status := newStatus(f)
	defer status.clear()
	opts.Progress = status.say
	return j.Judge(ctx, p, sol, opts)
}

// status shows what the judge is doing: on a terminal, a line that is
// replaced as work goes on and erased at the end; elsewhere only the
// messages that explain a wait.
type status struct {
	f     *Factory
	shown bool
}

func newStatus(f *Factory) *status { return &status{f: f} }

func (s *status) say(msg string) {
	routine := msg == "compiling" || msg == "running"
	if s.f.IO.ErrTTY {
		fmt.Fprintf(s.f.IO.ErrOut, "\r\033[K%s", s.f.palette().dim(msg+"…"))
		s.shown = true
		if !routine {
			fmt.Fprintln(s.f.IO.ErrOut)
			s.shown = false
		}
		return
	}
	if !routine {
		fmt.Fprintf(s.f.IO.ErrOut, "grind: %s\n", msg)
	}
}

func (s *status) clear() {
	if s.shown {
		fmt.Fprint(s.f.IO.ErrOut, "\r\033[K")
		s.shown = false
	}
}

// failed reports whether a report should make grind exit 1.
func failed(rep *judge.Report) bool { return rep.Verdict != judge.AC || rep.StrictFail }
