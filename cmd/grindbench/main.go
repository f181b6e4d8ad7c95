// Command grindbench measures grind against plain baselines and prints the
// ratios, all measured in one run so the machine's speed cancels out:
//
//   - grind submit on an accepted two-sum, growth analysis off, against
//     go test -count=1 of the same solution with the same cases written as a
//     plain table test, both with a warm build cache;
//   - what the growth analysis adds to grind submit;
//   - grind test (the samples only);
//   - the first build on an empty grind cache (and, with -cold, an empty Go
//     build cache too).
//
// With -growth-cost it times the growth analysis of every problem. With
// -stability it instead judges every kept submission of the bank
// several times, idle and under load, and reports how stable the verdicts
// and the time ratios are.
//
// Run it from the root of a grind checkout: go run ./cmd/grindbench.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/grindjudge/grind/judge/harness"
	"github.com/grindjudge/grind/problems"
	twosum "github.com/grindjudge/grind/problems/two-sum"
)

func main() {
	if len(os.Args) == 2 && os.Args[1] == spinFlag {
		spin()
		return
	}
	reps := flag.Int("reps", 5, "runs of each command; the median is reported")
	cold := flag.Bool("cold", false, "also time a first build with an empty Go build cache (slow)")
	stable := flag.Bool("stability", false, "judge every kept submission -runs times, idle and under load")
	runs := flag.Int("runs", 10, "with -stability: judgings of each submission per condition")
	only := flag.String("problems", "", "with -stability or -growth-cost: only these problems, comma-separated")
	costs := flag.Bool("growth-cost", false, "time the growth analysis of every problem's accepted submission")
	idleOnly := flag.Bool("idle-only", false, "with -stability: skip the run under load")
	flag.Parse()
	var list []string
	if *only != "" {
		list = strings.Split(*only, ",")
	}
	if *costs {
		if err := growthCost(*reps, list); err != nil {
			fmt.Fprintln(os.Stderr, "grindbench:", err)
			os.Exit(1)
		}
		return
	}
	if *stable {
		if err := stability(*runs, list, *idleOnly); err != nil {
			fmt.Fprintln(os.Stderr, "grindbench:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(*reps, *cold); err != nil {
		fmt.Fprintln(os.Stderr, "grindbench:", err)
		os.Exit(1)
	}
}

type bench struct {
	dir   string // scratch
	grind string // the grind binary
	env   []string
}

func run(reps int, cold bool) error {
	dir, err := os.MkdirTemp("", "grindbench")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	b := &bench{dir: dir, grind: filepath.Join(dir, "grind"), env: os.Environ()}
	fmt.Println("building grind…")
	if out, err := exec.Command("go", "build", "-o", b.grind, "./cmd/grind").CombinedOutput(); err != nil {
		return fmt.Errorf("go build ./cmd/grind: %v\n%s", err, out)
	}
	sol, err := os.ReadFile("problems/two-sum/testdata/submissions/accepted/two-pass.go")
	if err != nil {
		return fmt.Errorf("run grindbench from the root of a grind checkout: %w", err)
	}
	cases, err := twoSumCases()
	if err != nil {
		return err
	}
	if err := b.writeSolutions(sol); err != nil {
		return err
	}
	if err := b.writeTableTest(sol, cases); err != nil {
		return err
	}

	// Warm both caches once, and check both agree the solution passes.
	if _, err := b.grindRun("submit", "two-sum", "--growth=false"); err != nil {
		return err
	}
	if _, err := b.goTest(); err != nil {
		return err
	}

	fmt.Printf("\ngrind bench: two-sum, accepted solution, %d hidden and sample cases, %d runs each, medians\n\n", len(cases), reps)
	var goTest, submit, submitChanged, goTestChanged, growth, test []time.Duration
	for i := 0; i < reps; i++ {
		// Alternate the commands so drift in the machine's speed touches all.
		goTest = append(goTest, must(b.goTest()))
		submit = append(submit, must(b.grindRun("submit", "two-sum", "--growth=false")))
		growth = append(growth, must(b.grindRun("submit", "two-sum")))
		test = append(test, must(b.grindRun("test", "two-sum")))
		if err := b.touch(i); err != nil {
			return err
		}
		goTestChanged = append(goTestChanged, must(b.goTest()))
		submitChanged = append(submitChanged, must(b.grindRun("submit", "two-sum", "--growth=false")))
	}
	gt, sm, gtc, smc, gr, ts := med(goTest), med(submit), med(goTestChanged), med(submitChanged), med(growth), med(test)
	row := func(name string, d time.Duration, note string) {
		fmt.Printf("  %-52s %9s   %s\n", name, round(d), note)
	}
	row("go test -count=1, table test, same cases", gt, "")
	row("grind submit --growth=false, unchanged solution", sm, fmt.Sprintf("%.2f× go test   (goal: within 1.2×)", ratio(sm, gt)))
	row("go test -count=1 after editing the solution", gtc, "")
	row("grind submit --growth=false after editing it", smc, fmt.Sprintf("%.2f× go test   (goal: within 1.2×)", ratio(smc, gtc)))
	row("growth analysis: grind submit minus --growth=false", gr-sm, "(goal: under 1 s)")
	row("grind test (samples only)", ts, "(goal: under 0.3 s)")

	first, err := b.firstBuild(false)
	if err != nil {
		return err
	}
	row("first build, empty grind cache, warm Go cache", first, "")
	if cold {
		first, err := b.firstBuild(true)
		if err != nil {
			return err
		}
		row("first build, empty grind and Go caches", first, "")
	}
	return nil
}

func must(d time.Duration, err error) time.Duration {
	if err != nil {
		fmt.Fprintln(os.Stderr, "grindbench:", err)
		os.Exit(1)
	}
	return d
}

func med(ds []time.Duration) time.Duration {
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[len(s)/2]
}

func ratio(a, b time.Duration) float64 { return float64(a) / float64(b) }

func round(d time.Duration) string {
	if d >= time.Second {
		return d.Round(10 * time.Millisecond).String()
	}
	return d.Round(time.Millisecond).String()
}

// tsCase is one case of the table test.
type tsCase struct {
	Name   string `json:"name"`
	Nums   []int  `json:"nums"`
	Target int    `json:"target"`
	Want   []int  `json:"want"`
}

// twoSumCases returns the cases grind submit judges, in the same order and
// with the same generated inputs: the hand-written cases, then one per
// random size, then one per ladder size, seeded as the harness seeds them.
func twoSumCases() ([]tsCase, error) {
	cat, err := problems.Bank()
	if err != nil {
		return nil, err
	}
	p, err := cat.Problem("two-sum")
	if err != nil {
		return nil, err
	}
	stored, err := p.Cases()
	if err != nil {
		return nil, err
	}
	var out []tsCase
	for _, c := range stored {
		tc := tsCase{Name: c.Name}
		if err := json.Unmarshal(c.Args[0], &tc.Nums); err != nil {
			return nil, err
		}
		if err := json.Unmarshal(c.Args[1], &tc.Target); err != nil {
			return nil, err
		}
		if err := json.Unmarshal(c.Want, &tc.Want); err != nil {
			return nil, err
		}
		out = append(out, tc)
	}
	sizes := append(append([]int(nil), twosum.Random...), twosum.Ladder...)
	for k, n := range sizes {
		r := rand.New(rand.NewSource(harness.CaseSeed(1, len(stored)+k)))
		args := twosum.Generate(r, n)
		nums, target := args[0].([]int), args[1].(int)
		out = append(out, tsCase{Name: fmt.Sprintf("generated-%d", k), Nums: nums, Target: target,
			Want: twosum.TwoSum(append([]int(nil), nums...), target)})
	}
	return out, nil
}

func (b *bench) writeSolutions(sol []byte) error {
	d := filepath.Join(b.dir, "solutions", "two-sum")
	if err := os.MkdirAll(d, 0o755); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(d, "solution.go"), sol, 0o644)
}

const tableTest = `package solution

import (
	"encoding/json"
	"os"
	"slices"
	"testing"
)

func TestTwoSum(t *testing.T) {
	data, err := os.ReadFile("cases.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		Name   string
		Nums   []int
		Target int
		Want   []int
	}
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		if got := TwoSum(c.Nums, c.Target); !slices.Equal(got, c.Want) {
			t.Errorf("%s: got %v, want %v", c.Name, got, c.Want)
		}
	}
}
`

func (b *bench) writeTableTest(sol []byte, cases []tsCase) error {
	d := filepath.Join(b.dir, "gotest")
	if err := os.MkdirAll(d, 0o755); err != nil {
		return err
	}
	data, err := json.Marshal(cases)
	if err != nil {
		return err
	}
	files := map[string][]byte{
		"go.mod":           []byte("module solution\n\ngo 1.23\n"),
		"solution.go":      sol,
		"cases.json":       data,
		"solution_test.go": []byte(tableTest),
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(d, name), content, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// touch edits both copies of the solution the same way, so both tools must
// build it again.
func (b *bench) touch(i int) error {
	for _, p := range []string{filepath.Join(b.dir, "solutions", "two-sum", "solution.go"), filepath.Join(b.dir, "gotest", "solution.go")} {
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		data = append(data, []byte(fmt.Sprintf("\n// edit %d\n", i))...)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

func (b *bench) timed(dir string, env []string, name string, args ...string) (time.Duration, error) {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = env
	start := time.Now()
	out, err := cmd.CombinedOutput()
	d := time.Since(start)
	if err != nil {
		return d, fmt.Errorf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
	return d, nil
}

func (b *bench) grindRun(args ...string) (time.Duration, error) {
	return b.timed(b.dir, b.env, b.grind, append(args, "--no-color")...)
}

func (b *bench) goTest() (time.Duration, error) {
	return b.timed(filepath.Join(b.dir, "gotest"), b.env, "go", "test", "-count=1", "./...")
}

// firstBuild times grind submit with an empty grind cache, and with
// emptyGo an empty Go build cache too: what a new user waits the first time.
func (b *bench) firstBuild(emptyGo bool) (time.Duration, error) {
	cache, err := os.MkdirTemp(b.dir, "cache")
	if err != nil {
		return 0, err
	}
	env := append(os.Environ(), "GRIND_CACHE="+filepath.Join(cache, "grind"))
	if emptyGo {
		env = append(env, "GOCACHE="+filepath.Join(cache, "go-build"))
	}
	return b.timed(b.dir, env, b.grind, "submit", "two-sum", "--growth=false", "--no-color")
}
