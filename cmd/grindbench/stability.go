package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"sort"
	"strings"
	"sync/atomic"
	"time"

	"github.com/grindjudge/grind/judge"
	"github.com/grindjudge/grind/problems"
)

// spinFlag makes grindbench a busy loop: the load of the stability check.
const spinFlag = "-spin"

// spin keeps a core busy until its standard input closes, which happens
// when grindbench ends however it ends, so no spinner outlives a killed run.
func spin() {
	var done atomic.Bool
	go func() {
		_, _ = io.Copy(io.Discard, os.Stdin)
		done.Store(true)
	}()
	for !done.Load() {
	}
}

// stability judges every kept submission runs times with the machine idle,
// then again with every core kept busy by another process, and reports how
// many verdicts changed and how widely the time ratios spread.
func stability(runs int, only []string, idleOnly bool) error {
	cat, err := problems.Bank()
	if err != nil {
		return err
	}
	j := judge.New(cat)
	var subs []judge.Submission
	for _, p := range cat.All() {
		if len(only) > 0 && !contains(only, p.Slug) {
			continue
		}
		s, err := judge.FindSubmissions("problems", p)
		if err != nil {
			return err
		}
		subs = append(subs, s...)
	}
	if len(subs) == 0 {
		return fmt.Errorf("no submissions found: run from the root of a grind checkout")
	}
	fmt.Printf("stability: %d submissions × %d runs, idle then with %d busy processes\n\n", len(subs), runs, runtime.NumCPU())
	fmt.Printf("%-10s %12s %14s %16s %16s %16s\n", "machine", "judgings", "not as kept", "flipped verdicts", "ratio spread p50", "ratio spread max")
	idle, err := judgeAll(j, subs, runs)
	if err != nil {
		return err
	}
	report("idle", idle)
	if idleOnly {
		return nil
	}
	stop, err := startLoad(runtime.NumCPU())
	if err != nil {
		return err
	}
	loaded, err := judgeAll(j, subs, runs)
	stop()
	if err != nil {
		return err
	}
	report("loaded", loaded)
	return nil
}

// report prints one condition's row of the stability table, as soon as it
// is known, with the judgings that missed their kept fate and the widest
// spreads.
func report(name string, res [][]*judge.Verified) {
	s := summarise(res)
	fmt.Printf("%-10s %12d %14d %16d %15.2f× %15.2f×\n", name, s.judgings, s.wrongFate, s.flipped, s.spreadMedian, s.spreadMax)
	for _, d := range append(s.details, widest(res, 5)...) {
		fmt.Printf("           %s\n", d)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// judgeAll verifies each submission runs times, the runs of one submission
// one after another.
func judgeAll(j *judge.Judge, subs []judge.Submission, runs int) ([][]*judge.Verified, error) {
	out := make([][]*judge.Verified, len(subs))
	start := time.Now()
	for i, s := range subs {
		for r := 0; r < runs; r++ {
			v, err := j.Verify(context.Background(), s)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", s.Path, err)
			}
			out[i] = append(out[i], v)
		}
		fmt.Fprintf(os.Stderr, "\r\033[K%d/%d %s/%s (%s)", i+1, len(subs), s.Problem.Slug, s.Expect, time.Since(start).Round(time.Second))
	}
	fmt.Fprintln(os.Stderr)
	return out, nil
}

type summary struct {
	judgings, wrongFate, flipped int
	spreadMedian, spreadMax      float64
	details                      []string
}

// widest lists the submissions whose time ratio spread most, and every
// judging that missed its kept fate.
func widest(res [][]*judge.Verified, n int) []string {
	type spread struct {
		name   string
		lo, hi float64
	}
	var all []spread
	var out []string
	for _, runs := range res {
		for _, v := range runs {
			if !v.OK {
				out = append(out, fmt.Sprintf("not as kept: %s %s: %s (%s, margin %.1f)", v.Problem, v.File, v.Why, v.Verdict, v.Margin))
			}
		}
		sp := spread{name: runs[0].Problem + " " + runs[0].File}
		if sp.lo, sp.hi = ratioRange(runs); sp.lo > 0 {
			all = append(all, sp)
		}
	}
	sort.Slice(all, func(i, j int) bool { return all[i].hi/all[i].lo > all[j].hi/all[j].lo })
	for i := 0; i < len(all) && i < n; i++ {
		out = append(out, fmt.Sprintf("spread %.2f× (%.2f–%.2f): %s", all[i].hi/all[i].lo, all[i].lo, all[i].hi, all[i].name))
	}
	return out
}

// summarise counts, per submission, judgings whose fate is not the kept one
// and submissions whose verdict changed between runs, and the spread
// (largest over smallest) of the time ratio over its accepted judgings.
func summarise(res [][]*judge.Verified) summary {
	var s summary
	var spreads []float64
	for _, runs := range res {
		verdicts := map[string]int{}
		for _, v := range runs {
			s.judgings++
			if !v.OK {
				s.wrongFate++
			}
			verdicts[v.Verdict.String()]++
		}
		if len(verdicts) > 1 {
			s.flipped++
			var parts []string
			for v, n := range verdicts {
				parts = append(parts, fmt.Sprintf("%s×%d", v, n))
			}
			sort.Strings(parts)
			s.details = append(s.details, fmt.Sprintf("%s %s: %s", runs[0].Problem, runs[0].File, strings.Join(parts, " ")))
		}
		if lo, hi := ratioRange(runs); lo > 0 {
			spreads = append(spreads, hi/lo)
		}
	}
	if len(spreads) > 0 {
		sort.Float64s(spreads)
		s.spreadMedian, s.spreadMax = spreads[len(spreads)/2], spreads[len(spreads)-1]
	}
	return s
}

// ratioRange returns the smallest and largest time ratio of a submission's
// accepted judgings (a timed-out run's ratio covers fewer sizes), or zeros
// if none has one.
func ratioRange(runs []*judge.Verified) (lo, hi float64) {
	for _, v := range runs {
		if v.TimeRatio > 0 && v.Verdict == judge.AC {
			if lo == 0 || v.TimeRatio < lo {
				lo = v.TimeRatio
			}
			hi = max(hi, v.TimeRatio)
		}
	}
	return lo, hi
}

// startLoad starts n busy processes and returns a function that stops them.
func startLoad(n int) (func(), error) {
	self, err := os.Executable()
	if err != nil {
		return nil, err
	}
	var procs []*exec.Cmd
	for i := 0; i < n; i++ {
		c := exec.Command(self, spinFlag)
		// The pipe's write end stays open in grindbench and closes when
		// it exits, ending the spinner.
		if _, err := c.StdinPipe(); err != nil {
			return nil, err
		}
		if err := c.Start(); err != nil {
			return nil, err
		}
		procs = append(procs, c)
	}
	return func() {
		for _, c := range procs {
			_ = c.Process.Kill()
			_ = c.Wait()
		}
	}, nil
}
