// Package judge is grind's engine: it checks a solution, builds it with the
// harness into a child binary, runs the child under time, memory and output
// limits, and turns what happened into a Report. It prints nothing and
// never exits; a verdict is data, and an error means the judge itself could
// not do its work.
package judge

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"

	"github.com/grindjudge/grind/judge/harness"
	"github.com/grindjudge/grind/problems"
)

// Mode says which cases a run judges.
type Mode int

const (
	// Test judges the samples and any custom cases: fast feedback while
	// writing.
	Test Mode = iota
	// Submit judges the samples, the hidden cases, the generated cases and
	// the scaling ladder.
	Submit
)

func (m Mode) String() string {
	if m == Submit {
		return "submit"
	}
	return "test"
}

// Options change how a solution is judged.
type Options struct {
	Mode   Mode
	All    bool                // go on after the first failing case
	Strict bool                // a solution that grows faster than the reference fails
	Growth bool                // time the scaling ladder (Submit only)
	Custom [][]json.RawMessage // extra cases in notation (Test); the reference gives the answers
	Seed   int64               // seeds the generated cases; 0 means the default, 1
	// KillFactor lets a call run to KillFactor times its limit before it is
	// killed, so a verifier can tell how far over the limit it is. 0 means 1.
	KillFactor float64
	// Progress, if set, hears what the judge is doing in words, for the user
	// to see while they wait: "compiling".
	Progress func(string)
}

// Judge judges solutions against a problem bank.
type Judge struct {
	Catalogue *problems.Catalogue
	// CacheDir holds built binaries and workspaces; "" means $GRIND_CACHE,
	// or grind under the user's cache folder.
	CacheDir string
	// Go is the go command; "" means $GRIND_GO, or go on PATH.
	Go string

	tc toolchain
}

// New returns a Judge for the problem bank with the default cache and Go.
func New(cat *problems.Catalogue) *Judge { return &Judge{Catalogue: cat} }

func (j *Judge) cacheDir() (string, error) {
	if j.CacheDir != "" {
		return j.CacheDir, nil
	}
	if d := os.Getenv("GRIND_CACHE"); d != "" {
		return d, nil
	}
	d, err := os.UserCacheDir()
	if err != nil {
		return "", &SetupError{fmt.Sprintf("no cache folder: %v; set GRIND_CACHE to a writable folder", err)}
	}
	return filepath.Join(d, "grind"), nil
}

// Judge judges one solution. A solution that fails (does not compile, gives
// a wrong answer, crashes) is a Report with that verdict and a nil error.
// The error is an *InputError for a bad custom case, a *SetupError when the
// machine lacks what the judge needs, or another error when the judge
// itself broke.
func (j *Judge) Judge(ctx context.Context, p *problems.Problem, sol *Solution, opts Options) (*Report, error) {
	if opts.Progress == nil {
		opts.Progress = func(string) {}
	}
	if opts.Seed == 0 {
		opts.Seed = 1
	}
	if opts.KillFactor < 1 {
		opts.KillFactor = 1
	}
	rep := &Report{Problem: p.Slug, Title: p.Title, Mode: opts.Mode.String(), Strict: opts.Strict, Cases: []CaseResult{}}
	ck, err := staticCheck(p, sol)
	var ce *CompileError
	if errors.As(err, &ce) {
		rep.Verdict, rep.Message = CE, ce.Error()
		return rep, nil
	}
	if err != nil {
		return nil, err
	}
	if runtime.GOOS == "windows" {
		return nil, &SetupError{"grind judges solutions on Linux and macOS; on Windows, run it in WSL (https://learn.microsoft.com/windows/wsl/)"}
	}
	if err := j.tc.find(j.Go); err != nil {
		return nil, err
	}
	cache, err := j.cacheDir()
	if err != nil {
		return nil, err
	}
	w, err := assemble(j.Catalogue, p, sol, ck, j.tc.goDirective())
	if err != nil {
		return nil, fmt.Errorf("preparing the build of %s: %w", p.Slug, err)
	}
	t0 := time.Now()
	b := &builder{cacheDir: cache, tc: &j.tc}
	bin, cached, err := b.build(ctx, p.Slug, w, sol, opts.Progress)
	rep.BuildMS, rep.BuildCached = time.Since(t0).Milliseconds(), cached
	if errors.As(err, &ce) {
		rep.Verdict, rep.Message = CE, ce.Error()
		return rep, nil
	}
	if err != nil {
		return nil, err
	}
	job, err := makeJob(p, opts)
	if err != nil {
		return nil, err
	}
	opts.Progress("running")
	lim := p.Limits
	child, err := runChild(ctx, bin, job, runLimits{
		Memory: lim.Memory, Ceiling: lim.Ceiling, Output: 1 << 20, Start: 2 * time.Second,
		KillFactor: opts.KillFactor, Grace: time.Second,
	})
	if err != nil {
		return nil, err
	}
	rep.RunMS = child.wall.Milliseconds()
	if child.killed == killContext {
		return nil, ctx.Err()
	}
	if err := readRun(rep, child, p, sol); err != nil {
		return nil, err
	}
	if g := rep.Growth; g != nil && g.Suboptimal && opts.Strict && rep.Verdict == AC {
		rep.StrictFail = true
	}
	return rep, nil
}

// makeJob writes the job for the child.
func makeJob(p *problems.Problem, opts Options) ([]byte, error) {
	cases, err := p.Cases()
	if err != nil {
		return nil, err
	}
	job := harness.Job{
		Seed: opts.Seed, All: opts.All, FloorNS: int64(p.Limits.Floor), Multiplier: p.Limits.Multiplier,
		Reps: 5, SampleNS: int64(time.Millisecond), CopyBudget: 64 << 20,
	}
	for _, c := range cases {
		if opts.Mode == Test && !c.Sample {
			continue
		}
		kind := "hidden"
		if c.Sample {
			kind = "sample"
		}
		job.Cases = append(job.Cases, harness.JobCase{Name: c.Name, Kind: kind, Args: c.Args, Want: c.Want})
	}
	for i, args := range opts.Custom {
		job.Cases = append(job.Cases, harness.JobCase{Name: fmt.Sprintf("custom-%d", i+1), Kind: "custom", Args: args})
	}
	if opts.Mode == Submit {
		job.Random, job.Ladder, job.Growth = true, true, opts.Growth
	}
	return json.Marshal(job)
}

// readRun turns the child's events and fate into the report.
func readRun(rep *Report, child *childRun, p *problems.Problem, sol *Solution) error {
	var plan []harness.PlanCase
	results := map[int]*CaseResult{}
	stacks := map[int]string{}
	var scales []harness.Event
	running := -1 // a case whose call started and did not report
	var runningInput []harness.Arg
	for _, ev := range child.events {
		switch ev.Ev {
		case "error":
			return fmt.Errorf("the judge's harness failed on %s: %s", p.Slug, ev.Message)
		case harness.EvMain:
			plan = ev.Plan
		case harness.EvRun:
			running = ev.Case
			if ev.Input != nil {
				runningInput = ev.Input
			}
		case harness.EvResult:
			running = -1
			if ev.Case < 0 || ev.Case >= len(plan) {
				continue
			}
			v, err := ParseVerdict(ev.Verdict)
			if err != nil {
				return fmt.Errorf("the harness sent verdict %q", ev.Verdict)
			}
			pc := plan[ev.Case]
			results[ev.Case] = &CaseResult{
				Name: pc.Name, Kind: pc.Kind, N: pc.N, Verdict: v, TimeNS: ev.TimeNS, CPUNS: ev.CPUNS,
				Allocs: ev.Allocs, Bytes: ev.Bytes, LimitNS: ev.LimitNS, RefNS: ev.RefNS,
				Input: ev.Input, Want: ev.Want, Got: ev.Got, Message: ev.Message,
			}
			if ev.Stack != "" {
				stacks[ev.Case] = ev.Stack
			}
		case harness.EvScale:
			running = -1
			scales = append(scales, ev)
		case harness.EvWarn:
			rep.Warnings = append(rep.Warnings, ev.Message)
		}
	}
	rep.Total = len(plan)
	rep.PeakRSS = child.peakRSS
	if child.exit != nil {
		rep.CPUMS = (child.exit.UserTime() + child.exit.SystemTime()).Milliseconds()
	}
	rep.Stdout = child.stdout.text()
	rep.Stderr = strings.TrimRight(userStderr(child.stderr.text()), "\n")

	// The child's fate, when it did not finish by itself.
	if !child.done {
		at := running
		if child.killedIn >= 0 {
			at = child.killedIn
		}
		v, msg, stack := fate(child)
		if at >= 0 && at < len(plan) {
			pc := plan[at]
			cr := &CaseResult{Name: pc.Name, Kind: pc.Kind, N: pc.N, Verdict: v, Message: msg, LimitNS: int64(child.limit), Input: runningInput}
			if child.killed == killDeadline {
				cr.TimeNS = int64(child.ranFor)
			}
			results[at] = cr
			if stack != "" {
				stacks[at] = stack
			}
		} else {
			rep.Verdict, rep.Message = v, msg
			if stack != "" {
				rep.Stack = userFrames(stack, sol)
			}
		}
	}

	idx := make([]int, 0, len(results))
	for i := range results {
		idx = append(idx, i)
	}
	sort.Ints(idx)
	for _, i := range idx {
		rep.Cases = append(rep.Cases, *results[i])
		if results[i].Verdict == AC {
			rep.Passed++
		}
	}
	if f := rep.failed(); f != nil {
		rep.Verdict = f.Verdict
		rep.FailedCase = &FailedCase{Name: f.Name, Kind: f.Kind, Input: f.Input, Expected: f.Want, Actual: f.Got, Message: f.Message}
		for i := range plan {
			if plan[i].Name == f.Name && stacks[i] != "" {
				rep.Stack = userFrames(stacks[i], sol)
			}
		}
	}
	// Where memory is not sampled while the child runs (macOS), or a spike
	// fell between two samples, the peak after the fact still decides.
	if rep.Verdict == AC && rep.PeakRSS > p.Limits.Memory {
		rep.Verdict = MLE
		rep.Message = fmt.Sprintf("peak memory %d MiB, over the limit of %d MiB", rep.PeakRSS>>20, p.Limits.Memory>>20)
	}
	rep.Growth, rep.TimeRatio, rep.AllocRatio, rep.UserAllocs, rep.UserBytes = analyse(scales, p.Optimal, rep)
	return nil
}

// fate explains why a child that did not finish stopped.
func fate(child *childRun) (Verdict, string, string) {
	limit := child.limit.Round(time.Millisecond)
	switch child.killed {
	case killDeadline:
		msg := fmt.Sprintf("did not finish: stopped after %s (limit %s)", child.ranFor.Round(time.Millisecond), limit)
		if c, ok := readCrash(child.stderr.tailText()); ok {
			return c.verdict, c.message, c.stack // it crashed as it was being stopped
		}
		return TLE, msg, stuckAt(child.stderr.tailText())
	case killCeiling:
		return TLE, "the whole run took longer than the problem's ceiling; stopped", ""
	case killMemory:
		return MLE, "used more memory than the limit; stopped", ""
	case killOutput:
		return RE, "output limit exceeded: your solution printed more than 1 MiB", ""
	case killStart:
		if child.sawBoot {
			return TLE, "your solution's init() (or a package-level variable's initialiser) did not finish within 2s", ""
		}
		return RE, "the judged program did not start within 2s (is the machine overloaded?)", ""
	}
	tail := child.stderr.tailText()
	if killedByCPULimit(child.exit) {
		return TLE, "CPU time limit exceeded", ""
	}
	if c, ok := readCrash(tail); ok {
		if !child.sawMain && child.sawBoot {
			c.message = "in your solution's init(): " + c.message
		}
		return c.verdict, c.message, c.stack
	}
	if sig := exitSignal(child.exit); sig != "" {
		if sig == "killed" {
			return MLE, "killed by the system, most likely for using too much memory", ""
		}
		return RE, "the program was ended by signal " + sig, ""
	}
	code := -1
	if child.exit != nil {
		code = child.exit.ExitCode()
	}
	hint := ""
	if code == 1 && strings.TrimSpace(child.stderr.tailText()) != "" {
		hint = " (log.Fatal?)"
	}
	if !child.sawMain && child.sawBoot {
		return RE, fmt.Sprintf("your solution exited the process during init() (exit status %d)%s", code, hint), ""
	}
	return RE, fmt.Sprintf("your solution exited the process (exit status %d)%s; return your answer instead", code, hint), ""
}
