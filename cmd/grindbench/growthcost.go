package main

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"time"

	"github.com/grindjudge/grind/judge"
	"github.com/grindjudge/grind/problems"
)

// growthCost judges every problem's first accepted submission with the
// growth analysis off and on, alternately, and reports what the analysis
// adds to the run: its own cost, per problem.
func growthCost(reps int, only []string) error {
	cat, err := problems.Bank()
	if err != nil {
		return err
	}
	j := judge.New(cat)
	type row struct {
		slug     string
		off, on  time.Duration
		exponent float64
	}
	var rows []row
	for _, p := range cat.All() {
		if len(only) > 0 && !contains(only, p.Slug) {
			continue
		}
		subs, err := filepath.Glob(filepath.Join("problems", p.Slug, "testdata", "submissions", "accepted", "*.go"))
		if err != nil || len(subs) == 0 {
			continue
		}
		sol, err := judge.LoadFiles(filepath.Dir(subs[0]), subs[:1])
		if err != nil {
			return err
		}
		var off, on []time.Duration
		r := row{slug: p.Slug}
		for i := 0; i < reps; i++ {
			for _, growth := range []bool{false, true} {
				rep, err := j.Judge(context.Background(), p, sol, judge.Options{Mode: judge.Submit, Growth: growth})
				if err != nil {
					return err
				}
				if rep.Verdict != judge.AC {
					return fmt.Errorf("%s: %s is not accepted (%s)", p.Slug, subs[0], rep.Verdict)
				}
				d := time.Duration(rep.RunMS) * time.Millisecond
				if growth {
					on = append(on, d)
					r.exponent = rep.Growth.UserExponent
				} else {
					off = append(off, d)
				}
			}
		}
		r.off, r.on = med(off), med(on)
		rows = append(rows, r)
	}
	sort.Slice(rows, func(a, b int) bool { return rows[a].on-rows[a].off > rows[b].on-rows[b].off })
	fmt.Printf("growth analysis cost per problem (median of %d runs each, run time of the judged program)\n\n", reps)
	fmt.Printf("  %-32s %10s %10s %12s\n", "problem", "off", "on", "added")
	var added []time.Duration
	over := 0
	for _, r := range rows {
		d := r.on - r.off
		added = append(added, d)
		if d > time.Second {
			over++
		}
		fmt.Printf("  %-32s %10s %10s %12s\n", r.slug, round(r.off), round(r.on), round(d))
	}
	fmt.Printf("\n  %d problems: median added %s, most %s; %d over the 1 s goal\n", len(rows), round(med(added)), round(added[0]), over)
	return nil
}
