package judge

import (
	"testing"

	"github.com/grindjudge/grind/judge/harness"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func finishedChild(events ...harness.Event) *childRun {
	var spent int64
	c := &childRun{events: events, killedIn: -1, sawBoot: true, sawMain: true, done: true,
		stdout: &capture{spent: &spent, limit: 1 << 20}, stderr: &capture{spent: &spent, limit: 1 << 20}}
	return c
}

func TestReadRun(t *testing.T) {
	j := testJudge(t)
	p, err := j.Catalogue.Problem("two-sum")
	require.NoError(t, err)
	sol := &Solution{Files: []File{{Path: "s/solution.go", Name: "solution.go"}}}
	plan := harness.Event{Ev: harness.EvMain, Plan: []harness.PlanCase{{Name: "sample-1", Kind: "sample"}, {Name: "hidden-1", Kind: "hidden"}, {Name: "hidden-2", Kind: "hidden"}}}

	t.Run("first failure decides", func(t *testing.T) {
		rep := &Report{}
		child := finishedChild(plan,
			harness.Event{Ev: harness.EvResult, Case: 0, Verdict: "AC"},
			harness.Event{Ev: harness.EvResult, Case: 1, Verdict: "WA", Want: "[0,1]", Got: "[1,0]", Message: "[0]: got 1, want 0"},
			harness.Event{Ev: harness.EvDone})
		require.NoError(t, readRun(rep, child, p, sol))
		assert.Equal(t, WA, rep.Verdict)
		assert.Equal(t, 1, rep.Passed)
		assert.Equal(t, 3, rep.Total)
		require.NotNil(t, rep.FailedCase)
		assert.Equal(t, "hidden-1", rep.FailedCase.Name)
		assert.Equal(t, "[1,0]", rep.FailedCase.Actual)
	})

	t.Run("peak memory over the limit after the fact", func(t *testing.T) {
		rep := &Report{}
		child := finishedChild(plan,
			harness.Event{Ev: harness.EvResult, Case: 0, Verdict: "AC"},
			harness.Event{Ev: harness.EvResult, Case: 1, Verdict: "AC"},
			harness.Event{Ev: harness.EvResult, Case: 2, Verdict: "AC"},
			harness.Event{Ev: harness.EvDone})
		child.peakRSS = p.Limits.Memory + 1
		require.NoError(t, readRun(rep, child, p, sol))
		assert.Equal(t, MLE, rep.Verdict)
		assert.Contains(t, rep.Message, "over the limit of 1024 MiB")
	})

	t.Run("killed while a case ran", func(t *testing.T) {
		rep := &Report{}
		child := finishedChild(plan,
			harness.Event{Ev: harness.EvResult, Case: 0, Verdict: "AC"},
			harness.Event{Ev: harness.EvRun, Case: 1, LimitNS: 1e8})
		child.done, child.killed, child.killedIn = false, killMemory, 1
		require.NoError(t, readRun(rep, child, p, sol))
		assert.Equal(t, MLE, rep.Verdict)
		assert.Equal(t, "hidden-1", rep.FailedCase.Name)
	})

	t.Run("the harness failing is the judge failing", func(t *testing.T) {
		child := finishedChild(plan, harness.Event{Ev: "error", Message: "bad job"})
		err := readRun(&Report{}, child, p, sol)
		assert.ErrorContains(t, err, "bad job")
	})

	t.Run("exited without a word", func(t *testing.T) {
		rep := &Report{}
		child := finishedChild(plan, harness.Event{Ev: harness.EvRun, Case: 0, LimitNS: 1e8})
		child.done = false
		require.NoError(t, readRun(rep, child, p, sol))
		assert.Equal(t, RE, rep.Verdict)
		assert.Contains(t, rep.FailedCase.Message, "exited the process")
	})
}
