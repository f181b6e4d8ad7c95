package cmd

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/grindjudge/grind/judge"
	"github.com/grindjudge/grind/judge/harness"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// testStreams returns streams writing to buffers, as a terminal or not.
func testStreams(tty bool) (*IOStreams, *bytes.Buffer, *bytes.Buffer) {
	out, errOut := &bytes.Buffer{}, &bytes.Buffer{}
	return &IOStreams{In: strings.NewReader(""), Out: out, ErrOut: errOut, OutTTY: tty, ErrTTY: tty, Color: false, Width: 80}, out, errOut
}

func TestFlagParsing(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		want    any
		wantErr string
	}{
		{"list filters", []string{"list", "--topic", "trees", "--difficulty", "easy"}, &ListOptions{Topic: "trees", Difficulty: "easy"}, ""},
		{"show slug", []string{"show", "two-sum"}, &ShowOptions{Slug: "two-sum"}, ""},
		{"show needs a slug", []string{"show"}, nil, "accepts 1 arg"},
		{"hint level", []string{"hint", "two-sum", "2"}, &HintOptions{Slug: "two-sum", Level: 2}, ""},
		{"hint bad level", []string{"hint", "two-sum", "x"}, nil, `hint number "x"`},
		{"init force", []string{"init", "two-sum", "--force"}, &InitOptions{Slug: "two-sum", Force: true}, ""},
		{"test cases", []string{"test", "two-sum", "--case", "[1], 2", "--case", "[3], 4"}, &TestOptions{Slug: "two-sum", Cases: []string{"[1], 2", "[3], 4"}}, ""},
		{"submit defaults", []string{"submit", "two-sum"}, &SubmitOptions{Slug: "two-sum", Growth: true, Seed: 1}, ""},
		{"submit flags", []string{"submit", "two-sum", "--all", "--strict", "--seed", "7"}, &SubmitOptions{Slug: "two-sum", All: true, Strict: true, Growth: true, Seed: 7}, ""},
		{"submit no growth", []string{"submit", "two-sum", "--growth=false"}, &SubmitOptions{Slug: "two-sum", Seed: 1}, ""},
		{"check default dir", []string{"check"}, &CheckOptions{Dir: ".", Growth: true, Jobs: 1, Seed: 1}, ""},
		{"check flags", []string{"check", "sols", "--junit", "r.xml", "-j", "2", "--strict"}, &CheckOptions{Dir: "sols", JUnit: "r.xml", Jobs: 2, Strict: true, Growth: true, Seed: 1}, ""},
		{"check two dirs", []string{"check", "a", "b"}, nil, "accepts at most 1 arg"},
		{"verify slugs", []string{"verify", "two-sum", "-j", "1"}, &VerifyOptions{Dir: "problems", Slugs: []string{"two-sum"}, Jobs: 1}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			io, _, _ := testStreams(false)
			f := NewFactory(io)
			f.Solutions = "."
			var got any
			capture := func(o any) error { got = o; return nil }
			root := NewRootCmd(f)
			// Rebuild the commands with runF capturing the options.
			root.ResetCommands()
			root.AddCommand(
				newCmdList(f, func(o *ListOptions) error { return capture(o) }),
				newCmdShow(f, func(o *ShowOptions) error { return capture(o) }),
				newCmdHint(f, func(o *HintOptions) error { return capture(o) }),
				newCmdInit(f, func(o *InitOptions) error { return capture(o) }),
				newCmdTest(f, func(o *TestOptions) error { return capture(o) }),
				newCmdSubmit(f, func(o *SubmitOptions) error { return capture(o) }),
				newCmdCheck(f, func(o *CheckOptions) error { return capture(o) }),
				newCmdVerify(f, func(o *VerifyOptions) error { return capture(o) }),
			)
			root.SetArgs(tt.args)
			_, err := root.ExecuteC()
			if tt.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestExitCodes(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		err  string
	}{
		{"ok", []string{"list"}, 0, ""},
		{"unknown command", []string{"frobnicate"}, 2, `unknown command "frobnicate"`},
		{"bad flag", []string{"list", "--nope"}, 2, "unknown flag: --nope"},
		{"unknown slug", []string{"show", "to-sum"}, 2, `did you mean "two-sum"`},
		{"bad topic", []string{"list", "--topic", "graphs"}, 2, `no topic "graphs"`},
		{"missing solution", []string{"test", "two-sum", "--solutions", "/nonexistent"}, 2, "no solution for two-sum"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			io, _, errOut := testStreams(false)
			code := Run(context.Background(), io, tt.args)
			assert.Equal(t, tt.code, code, errOut.String())
			assert.Contains(t, errOut.String(), tt.err)
		})
	}
}

func TestListRunTTY(t *testing.T) {
	for _, tty := range []bool{true, false} {
		io, out, _ := testStreams(tty)
		f := NewFactory(io)
		f.Solutions = t.TempDir()
		require.NoError(t, listRun(f, &ListOptions{Topic: "hash-maps"}))
		assert.Contains(t, out.String(), "two-sum")
		assert.NotContains(t, out.String(), "max-depth")
		assert.NotContains(t, out.String(), "\x1b[", "no colour without a terminal and colour")
		if tty {
			assert.Contains(t, out.String(), "problems; • marks those with a solution folder")
		} else {
			assert.NotContains(t, out.String(), "marks those", "no chatter into a pipe")
		}
	}
}

func TestShowRunPlainWhenPiped(t *testing.T) {
	io, out, _ := testStreams(false)
	f := NewFactory(io)
	f.Solutions = t.TempDir()
	require.NoError(t, showRun(f, &ShowOptions{Slug: "max-depth"}))
	assert.True(t, strings.HasPrefix(out.String(), "# Maximum Depth"), "piped output is the markdown itself")
	assert.Contains(t, out.String(), "func MaxDepth(root *TreeNode) int")

	io, out, _ = testStreams(true)
	f = NewFactory(io)
	f.Solutions = t.TempDir()
	require.NoError(t, showRun(f, &ShowOptions{Slug: "max-depth"}))
	assert.False(t, strings.HasPrefix(out.String(), "# Maximum Depth"), "a terminal gets the statement rendered")
	assert.Contains(t, out.String(), "  # Maximum Depth", "rendered with a margin")
	assert.Contains(t, out.String(), "• The tree has between 0 and 100000 nodes.", "lists rendered as bullets")
}

func TestColourFollowsTheFlag(t *testing.T) {
	io, out, _ := testStreams(true)
	io.Color = true
	code := Run(context.Background(), io, []string{"list", "--topic", "trees"})
	require.Equal(t, 0, code)
	assert.Contains(t, out.String(), "\x1b[", "a colour terminal gets colour")

	io, out, _ = testStreams(true)
	io.Color = true
	code = Run(context.Background(), io, []string{"list", "--topic", "trees", "--no-color"})
	require.Equal(t, 0, code)
	assert.NotContains(t, out.String(), "\x1b[", "--no-color turns it off")
}

// Reports rendered for people are compared with golden files; -update
// rewrites them.
func TestRenderGolden(t *testing.T) {
	ratio, allocs, bytesPer := 1.73, 1.0, 2364560.0
	accepted := &judge.Report{
		Problem: "two-sum", Verdict: judge.AC, Passed: 34, Total: 34, Mode: "submit", BuildMS: 152, RunMS: 184,
		TimeRatio: &ratio, AllocRatio: &allocs, PeakRSS: 10 << 20, UserAllocs: &allocs, UserBytes: &bytesPer,
		Growth: &judge.Growth{Optimal: "O(n)", UserExponent: 1.08, ReferenceExponent: 1.06, UserCI: [2]float64{1.05, 1.12},
			ReferenceCI: [2]float64{1.01, 1.1}, UserClass: "n or n log n", ReferenceClass: "n or n log n",
			Sizes: []judge.Size{
				{N: 1562, UserNS: 53e3, ReferenceNS: 32e3, UserAllocs: 6, RefAllocs: 6},
				{N: 6250, UserNS: 248e3, ReferenceNS: 139e3, UserAllocs: 18, RefAllocs: 18},
				{N: 25000, UserNS: 1.1e6, ReferenceNS: 0.63e6, UserAllocs: 66, RefAllocs: 66},
				{N: 100000, UserNS: 5.05e6, ReferenceNS: 3.48e6, UserAllocs: 258, RefAllocs: 258, UserBytes: 2364560},
			}},
	}
	wrong := &judge.Report{
		Problem: "two-sum", Verdict: judge.WA, Passed: 5, Total: 34, Mode: "submit", BuildCached: true, RunMS: 3,
		FailedCase: &judge.FailedCase{Name: "negatives-summing-to-zero", Kind: "hidden",
			Input:    []harness.Arg{{Name: "nums", Value: "[-3,4,3,90]"}, {Name: "target", Value: "0"}},
			Expected: "[0,2]", Actual: "[]", Message: "length 0, want 2"},
		Stdout: "checking 4 numbers\n",
	}
	panicked := &judge.Report{
		Problem: "two-sum", Verdict: judge.RE, Passed: 0, Total: 34, Mode: "test", BuildMS: 140, RunMS: 2,
		FailedCase: &judge.FailedCase{Name: "sample-1", Kind: "sample",
			Input:   []harness.Arg{{Name: "nums", Value: "[2,7,11,15]"}, {Name: "target", Value: "9"}},
			Message: "panic: runtime error: index out of range [4] with length 4"},
		Stack: []string{"solutions/two-sum/solution.go:5 in TwoSum"},
	}
	compile := &judge.Report{Problem: "two-sum", Verdict: judge.CE, Mode: "submit",
		Message: "solutions/two-sum/solution.go:4:2: declared and not used: x"}
	slow := &judge.Report{
		Problem: "two-sum", Verdict: judge.TLE, Passed: 31, Total: 34, Mode: "submit", BuildMS: 150, RunMS: 1400,
		FailedCase: &judge.FailedCase{Name: "scale-n50000", Kind: "scale",
			Input:   []harness.Arg{{Name: "nums", Value: "[547556756,-404887808,…(49998 more)]"}, {Name: "target", Value: "596768543"}},
			Message: "did not finish: stopped after 1.10s (limit 100ms)"},
		Stack: []string{"solutions/two-sum/solution.go:6 in TwoSum"},
	}
	all := *wrong
	all.Cases = []judge.CaseResult{
		{Name: "sample-1", Kind: "sample", Verdict: judge.AC},
		{Name: "negatives-summing-to-zero", Kind: "hidden", Verdict: judge.WA},
		{Name: "both-negative", Kind: "hidden", Verdict: judge.WA},
		{Name: "scale-n100000", Kind: "scale", Verdict: judge.TLE},
	}
	for name, rep := range map[string]*judge.Report{"accepted": accepted, "wrong": wrong, "panic": panicked, "compile": compile, "slow": slow, "all": &all} {
		t.Run(name, func(t *testing.T) {
			var b bytes.Buffer
			renderReport(&b, palette{}, rep, false)
			golden(t, name+".golden", b.String())
		})
	}
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./cmd -run Golden -update to write it")
	assert.Equal(t, string(want), got)
}

func TestClip(t *testing.T) {
	short := "[1,2,3]"
	assert.Equal(t, short, clip(short))

	var parts []string
	for i := 0; i < 400; i++ {
		parts = append(parts, strconv.Itoa(100000+i))
	}
	long := "[" + strings.Join(parts[:250], ",") + ",…(150 more)]"
	got := clip(long)
	assert.LessOrEqual(t, len(got), textLimit+20)
	assert.True(t, strings.HasPrefix(got, "[100000,100001,"))
	shown := strings.Count(got, ",")
	assert.True(t, strings.HasSuffix(got, fmt.Sprintf(",…(%d more)]", 400-shown)), got)

	nested := "[" + strings.Repeat(`["a,b",[1,2]],`, 60) + `["z",[9]]]`
	got = clip(nested)
	assert.True(t, strings.HasSuffix(got, ",…(40 more)]") || strings.HasSuffix(got, "more)]"), got)
	assert.Contains(t, got, `["a,b",[1,2]]`)

	str := `"` + strings.Repeat("x", 1990) + `"…(50000 bytes in all)`
	got = clip(str)
	assert.True(t, strings.HasSuffix(got, "…(50000 bytes in all)"), got)
}

// TestShowEveryProblem renders every statement, as a terminal and as a pipe,
// and checks each names its function and the command to start.
func TestShowEveryProblem(t *testing.T) {
	io, _, _ := testStreams(false)
	f := NewFactory(io)
	cat, err := f.Catalogue()
	require.NoError(t, err)
	for _, p := range cat.All() {
		for _, tty := range []bool{false, true} {
			io, out, _ := testStreams(tty)
			f := NewFactory(io)
			f.Solutions = t.TempDir()
			require.NoError(t, showRun(f, &ShowOptions{Slug: p.Slug}), p.Slug)
			assert.Contains(t, out.String(), p.Title, p.Slug)
			assert.Contains(t, out.String(), p.Signature.Funcs()[0].Name, p.Slug)
			assert.Contains(t, out.String(), "grind init "+p.Slug, p.Slug)
		}
	}
}
