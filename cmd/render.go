package cmd

import (
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/grindjudge/grind/judge"
	"github.com/grindjudge/grind/judge/harness"
)

// textLimit is how much of a long value the terminal shows.
const textLimit = 300

// renderReport writes a report for a person: the verdict, the failed case
// with its input, expected and actual answers, where the code was, and for
// an accepted submission the performance numbers.
func renderReport(w io.Writer, pal palette, rep *judge.Report, verbose bool) {
	renderHeader(w, pal, rep)
	if rep.Verdict == judge.CE {
		for _, line := range strings.Split(rep.Message, "\n") {
			fmt.Fprintf(w, "    %s\n", line)
		}
		return
	}
	if verbose {
		for _, c := range rep.Cases {
			if c.Kind == "sample" || c.Kind == "custom" {
				renderCase(w, pal, c)
			}
		}
	}
	if fc := rep.FailedCase; fc != nil && !(verbose && (fc.Kind == "sample" || fc.Kind == "custom")) {
		renderFailed(w, pal, rep)
		renderOtherFailures(w, pal, rep)
	} else if rep.FailedCase == nil && rep.Message != "" {
		fmt.Fprintf(w, "  %s %s\n", pal.dim("why     "), rep.Message)
		renderStack(w, pal, rep.Stack)
	}
	switch {
	case rep.Verdict == judge.AC && rep.Mode == "submit":
		renderPerformance(w, pal, rep)
	case rep.Verdict == judge.TLE && rep.FailedCase != nil && rep.FailedCase.Kind == "scale":
		renderGrowth(w, pal, rep.Growth, "on the sizes it finished, ")
	}
	for _, warn := range rep.Warnings {
		fmt.Fprintf(w, "  %s %s\n", pal.yellow("note    "), warn)
	}
	renderOutput(w, pal, "your output", rep.Stdout)
	renderOutput(w, pal, "your stderr", rep.Stderr)
}

func renderHeader(w io.Writer, pal palette, rep *judge.Report) {
	name := pal.bold(rep.Problem)
	switch {
	case rep.Verdict == judge.AC && rep.StrictFail:
		fmt.Fprintf(w, "%s %s: %s, but grows like %s where %s is expected (failed --strict)\n",
			pal.red("✗"), name, pal.yellow("Accepted"), growthName(rep.Growth), rep.Growth.Optimal)
	case rep.Verdict == judge.AC:
		extra := ""
		if g := rep.Growth; g != nil && g.Suboptimal {
			extra = pal.yellow(fmt.Sprintf(", but grows like %s; the expected is %s", growthName(g), g.Optimal))
		}
		fmt.Fprintf(w, "%s %s: %s%s (%d/%d cases)%s\n", pal.green("✓"), name, pal.green("Accepted"), extra, rep.Passed, rep.Total, timing(pal, rep))
	case rep.Verdict == judge.CE:
		fmt.Fprintf(w, "%s %s: %s\n", pal.red("✗"), name, pal.red("Compile Error"))
	case rep.FailedCase != nil:
		fc := rep.FailedCase
		fmt.Fprintf(w, "%s %s: %s on %s %q (passed %d of %d)%s\n", pal.red("✗"), name, pal.red(rep.Verdict.Words()),
			kindWords(fc.Kind), fc.Name, rep.Passed, rep.Total, timing(pal, rep))
	default:
		fmt.Fprintf(w, "%s %s: %s (passed %d of %d)%s\n", pal.red("✗"), name, pal.red(rep.Verdict.Words()), rep.Passed, rep.Total, timing(pal, rep))
	}
}

func kindWords(kind string) string {
	switch kind {
	case "sample":
		return "sample"
	case "custom":
		return "your case"
	case "scale":
		return "large case"
	}
	return "hidden case"
}

func timing(pal palette, rep *judge.Report) string {
	build := fmtMS(rep.BuildMS)
	if rep.BuildCached {
		build = "cached"
	}
	run := fmtMS(rep.RunMS)
	if rep.CPUMS > 0 {
		run += fmt.Sprintf(" (CPU %s)", fmtMS(rep.CPUMS))
	}
	return pal.dim(fmt.Sprintf("  build %s · run %s", build, run))
}

func renderCase(w io.Writer, pal palette, c judge.CaseResult) {
	mark := pal.green("✓")
	if c.Verdict != judge.AC {
		mark = pal.red("✗ " + c.Verdict.String())
	}
	fmt.Fprintf(w, "  %s %s %s\n", mark, c.Name, pal.dim("("+fmtDur(float64(c.TimeNS))+")"))
	renderInput(w, pal, "      input   ", c.Input)
	if c.Want != "" {
		fmt.Fprintf(w, "      want    %s\n", clip(c.Want))
	}
	if c.Got != "" || c.Verdict == judge.WA {
		fmt.Fprintf(w, "      got     %s\n", clip(c.Got))
	}
	if c.Verdict != judge.AC && c.Message != "" {
		fmt.Fprintf(w, "      why     %s\n", c.Message)
	}
}

func renderInput(w io.Writer, pal palette, label string, input []harness.Arg) {
	pad := strings.Repeat(" ", len(label))
	for i, a := range input {
		lead := pad
		if i == 0 {
			lead = label
		}
		fmt.Fprintf(w, "%s%s = %s\n", lead, a.Name, clip(a.Value))
	}
}

func renderFailed(w io.Writer, pal palette, rep *judge.Report) {
	fc := rep.FailedCase
	renderInput(w, pal, "  "+pal.dim("input   ")+" ", fc.Input)
	if fc.Expected != "" && rep.Verdict == judge.WA {
		fmt.Fprintf(w, "  %s %s\n", pal.dim("expected"), clip(fc.Expected))
		fmt.Fprintf(w, "  %s %s\n", pal.dim("got     "), clip(fc.Actual))
	}
	// "got 1.0, want 1.5" says no more than the two lines above it.
	if fc.Message != "" && fc.Message != fmt.Sprintf("got %s, want %s", fc.Actual, fc.Expected) {
		fmt.Fprintf(w, "  %s %s\n", pal.dim("why     "), fc.Message)
	}
	renderStack(w, pal, rep.Stack)
}

// renderOtherFailures lists, after the first, the other cases that failed
// when every case was judged (--all).
func renderOtherFailures(w io.Writer, pal palette, rep *judge.Report) {
	var others []string
	for _, c := range rep.Cases {
		if c.Verdict != judge.AC && c.Name != rep.FailedCase.Name {
			others = append(others, fmt.Sprintf("%s (%s)", c.Name, c.Verdict))
		}
	}
	if len(others) == 0 {
		return
	}
	const shown = 6
	line := strings.Join(others[:min(len(others), shown)], ", ")
	if len(others) > shown {
		line += fmt.Sprintf(" and %d more", len(others)-shown)
	}
	fmt.Fprintf(w, "  %s %s\n", pal.dim("also    "), line)
}

func renderStack(w io.Writer, pal palette, stack []string) {
	for i, frame := range stack {
		label := "        "
		if i == 0 {
			label = "at      "
		}
		fmt.Fprintf(w, "  %s %s\n", pal.dim(label), frame)
	}
}

func renderPerformance(w io.Writer, pal palette, rep *judge.Report) {
	g := rep.Growth
	if g == nil || len(g.Sizes) == 0 {
		return
	}
	top := g.Sizes[len(g.Sizes)-1]
	if rep.TimeRatio != nil {
		fmt.Fprintf(w, "  %s %s the reference's time on the largest inputs (%s against %s per call at n=%d)\n",
			pal.dim("time    "), ratioWords(pal, *rep.TimeRatio), fmtDur(top.UserNS), fmtDur(top.ReferenceNS), top.N)
	}
	mem := fmt.Sprintf("%s, %s per call", plural(top.UserAllocs, "allocation"), fmtBytes(top.UserBytes))
	switch {
	case rep.AllocRatio != nil:
		mem += fmt.Sprintf(" (%s the reference's allocations)", ratioWords(pal, *rep.AllocRatio))
	case top.RefAllocs < 0.5:
		mem += " (the reference allocates nothing)"
	}
	if rep.PeakRSS > 0 {
		mem += fmt.Sprintf("; peak memory %s", fmtBytes(float64(rep.PeakRSS)))
	}
	fmt.Fprintf(w, "  %s %s\n", pal.dim("memory  "), mem)
	renderGrowth(w, pal, g, "")
}

// renderGrowth writes how the time grows, against the reference's, with
// the chart. The comparison is what counts: both exponents carry the same
// machine effects (caches, the garbage collector), the difference is the
// algorithm.
func renderGrowth(w io.Writer, pal palette, g *judge.Growth, where string) {
	if g == nil || g.UserCI[1] == 0 && g.UserExponent == 0 {
		return
	}
	measured := fmt.Sprintf("n^%.2f (95%% %.2f–%.2f) against the reference's n^%.2f", g.UserExponent, g.UserCI[0], g.UserCI[1], g.ReferenceExponent)
	switch {
	case g.Suboptimal:
		fmt.Fprintf(w, "  %s %s%s: %s — like %s, where %s is expected\n", pal.dim("growth  "), where,
			pal.red("grows faster than the reference"), measured, growthName(g), g.Optimal)
	case g.UserCI[1] < g.ReferenceCI[0] && g.ReferenceExponent-g.UserExponent > 0.5:
		fmt.Fprintf(w, "  %s %s%s: %s\n", pal.dim("growth  "), where, pal.green("grows more slowly than the reference"), measured)
	default:
		fmt.Fprintf(w, "  %s %s%s, as expected for %s: %s\n", pal.dim("growth  "), where, pal.green("grows as the reference does"), g.Optimal, measured)
	}
	renderChart(w, pal, g.Sizes)
}

// growthName names the class the user's times fit, or their exponent.
func growthName(g *judge.Growth) string {
	if g == nil {
		return "?"
	}
	if g.UserClass != "" {
		return g.UserClass
	}
	return fmt.Sprintf("n^%.1f", g.UserExponent)
}

func ratioWords(pal palette, r float64) string {
	s := fmt.Sprintf("%.2f×", r)
	switch {
	case r <= 1.5:
		return pal.green(s)
	case r <= 4:
		return pal.yellow(s)
	}
	return pal.red(s)
}

func renderOutput(w io.Writer, pal palette, label, text string) {
	text = strings.TrimRight(text, "\n")
	if text == "" {
		return
	}
	lines := strings.Split(text, "\n")
	const keep = 20
	fmt.Fprintf(w, "  %s\n", pal.dim(label+":"))
	for i, l := range lines {
		if i == keep {
			fmt.Fprintf(w, "    %s\n", pal.dim(fmt.Sprintf("… %d more lines", len(lines)-keep)))
			break
		}
		fmt.Fprintf(w, "    %s\n", clip(l))
	}
}

// clip shortens a value in notation to what a terminal shows well. A long
// array keeps its first elements and says how many it left out, counting
// those the judge had already left out; a long string says its length.
func clip(s string) string {
	if len(s) <= textLimit {
		return s
	}
	if total, cut, shown, ok := arrayCut(s, textLimit); ok {
		return fmt.Sprintf("%s,…(%d more)]", s[:cut], total-shown)
	}
	cut := textLimit
	for cut < len(s) && s[cut]&0xC0 == 0x80 {
		cut++
	}
	if m := bytesInAll.FindString(s); m != "" {
		return s[:cut] + m
	}
	return s[:cut] + "… (--json shows more)"
}

var (
	bytesInAll = regexp.MustCompile(`…\(\d+ bytes in all\)$`)
	moreMarker = regexp.MustCompile(`^…\((\d+) more\)$`)
)

// arrayCut reads a top-level array in notation: how many elements it has in
// all (a trailing "…(N more)" counts N), where to cut it at a comma within
// limit bytes, and how many elements come before the cut.
func arrayCut(s string, limit int) (total, cut, shown int, ok bool) {
	if !strings.HasPrefix(s, "[") || !strings.HasSuffix(s, "]") {
		return 0, 0, 0, false
	}
	depth, inString, escaped := 0, false, false
	start := 1 // of the current top-level element
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case inString:
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
		case c == '"':
			inString = true
		case c == '[':
			depth++
		case c == ']':
			depth--
			if depth == 0 && i == len(s)-1 {
				if m := moreMarker.FindStringSubmatch(s[start:i]); m != nil {
					n, _ := strconv.Atoi(m[1])
					total += n
				} else if i > start {
					total++
				}
			}
		case c == ',' && depth == 1:
			total++
			if i <= limit {
				cut, shown = i, total
			}
			start = i + 1
		}
	}
	return total, cut, shown, cut > 0
}

func fmtMS(ms int64) string { return fmtDur(float64(ms) * 1e6) }

// fmtDur writes nanoseconds with three significant digits.
func fmtDur(ns float64) string {
	d := time.Duration(ns)
	switch {
	case d >= time.Second:
		return fmt.Sprintf("%.2fs", d.Seconds())
	case d >= time.Millisecond:
		return fmt.Sprintf("%.3gms", ns/1e6)
	case d >= time.Microsecond:
		return fmt.Sprintf("%.3gµs", ns/1e3)
	}
	return fmt.Sprintf("%.0fns", ns)
}

func fmtBytes(b float64) string {
	switch {
	case b >= 1<<30:
		return fmt.Sprintf("%.1f GiB", b/(1<<30))
	case b >= 1<<20:
		return fmt.Sprintf("%.1f MiB", b/(1<<20))
	case b >= 1<<10:
		return fmt.Sprintf("%.1f KiB", b/(1<<10))
	}
	return fmt.Sprintf("%.0f B", b)
}

func plural(x float64, word string) string {
	if x == 1 {
		return "1 " + word
	}
	return fmtCount(x) + " " + word + "s"
}

func fmtCount(x float64) string {
	if x == float64(int64(x)) {
		return fmt.Sprintf("%d", int64(x))
	}
	return fmt.Sprintf("%.1f", x)
}
