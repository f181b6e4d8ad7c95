package harness

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand"
	"strings"
	"testing"
	"time"

	"github.com/grindjudge/grind/problems/kit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type hostile struct{}

func (hostile) Error() string { panic("no") }

func TestDescribe(t *testing.T) {
	assert.Equal(t, "boom", describe("boom"))
	assert.Equal(t, "bad", describe(errors.New("bad")))
	assert.Equal(t, "42 (int)", describe(42))
	assert.Contains(t, describe(hostile{}), "its Error or String method panicked")
}

func TestProtect(t *testing.T) {
	assert.Nil(t, protect(func() {}))
	cr := protect(func() { panic("x") })
	require.NotNil(t, cr)
	assert.Equal(t, "x", cr.value)
	assert.Contains(t, cr.stack, "harness_test.go")
}

func TestSampleOver(t *testing.T) {
	limit := 100 * time.Millisecond
	tests := []struct {
		name      string
		wall, cpu time.Duration
		over      bool
	}{
		{"within", 50 * time.Millisecond, 50 * time.Millisecond, false},
		{"computing too long", 120 * time.Millisecond, 110 * time.Millisecond, true},
		{"slowed by a busy machine", 900 * time.Millisecond, 60 * time.Millisecond, false},
		{"waiting far too long", 1100 * time.Millisecond, 1 * time.Millisecond, true},
		{"no CPU measure: wall decides", 120 * time.Millisecond, 0, true},
	}
	for _, tt := range tests {
		s := sample{wall: tt.wall, cpu: tt.cpu}
		assert.Equal(t, tt.over, s.over(limit), tt.name)
	}
}

// userCall and refCall stand for the callers the judge generates.
type userCall struct {
	N  int
	A0 [][]int
	A1 []int
	R0 [][]int
}

func (c *userCall) Call(lo, hi int) {
	for i := lo; i < hi; i++ {
		j := i % c.N
		c.R0[j] = twoSum(c.A0[j], c.A1[j])
	}
}

func twoSum(nums []int, target int) []int {
	for i := range nums {
		for j := i + 1; j < len(nums); j++ {
			if nums[i]+nums[j] == target {
				return []int{i, j}
			}
		}
	}
	return nil
}

// TestMainInProcess runs the harness on a job without a child process: the
// events it writes, in order.
func TestMainInProcess(t *testing.T) {
	gen := func(r *rand.Rand, n int) []any {
		nums := kit.Ints(r, n, 1, 9)
		return []any{append(nums, 100, 200), 300}
	}
	job, err := json.Marshal(Job{
		Cases: []JobCase{
			{Name: "sample-1", Kind: "sample", Args: []json.RawMessage{[]byte("[2,7,11,15]"), []byte("9")}, Want: []byte("[0,1]")},
			{Name: "wrong-want", Kind: "hidden", Args: []json.RawMessage{[]byte("[1,2]"), []byte("3")}, Want: []byte("[1,0]")},
		},
		Random: true, All: true, Seed: 1, FloorNS: int64(time.Second), Multiplier: 10, Reps: 1, SampleNS: 1e5, CopyBudget: 1 << 20,
	})
	require.NoError(t, err)
	var out bytes.Buffer
	Main(Spec{User: &userCall{}, Ref: &userCall{}, Generate: gen, Random: []int{3}, Ladder: []int{4},
		Mode: kit.Exact, Params: []string{"nums", "target"}, Mutates: -1}, job, &out)
	var kinds []string
	var results []Event
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var ev Event
		require.NoError(t, json.Unmarshal([]byte(line), &ev))
		kinds = append(kinds, ev.Ev)
		if ev.Ev == EvResult {
			results = append(results, ev)
		}
	}
	assert.Equal(t, []string{"main", "run", "result", "run", "result", "run", "result", "done"}, kinds)
	require.Len(t, results, 3)
	assert.Equal(t, "AC", results[0].Verdict)
	assert.Equal(t, "[0,1]", results[0].Got, "a sample shows what it got")
	assert.Equal(t, "WA", results[1].Verdict)
	assert.Equal(t, "[0]: got 0, want 1", results[1].Message)
	assert.Equal(t, "AC", results[2].Verdict, "the generated case, answered by the reference")
}

// recordCall is a caller that notes every distinct input it is called on.
type recordCall struct {
	userCall
	seen map[string]bool
}

func (c *recordCall) Call(lo, hi int) {
	for i := lo; i < hi; i++ {
		j := i % c.N
		c.seen[fmt.Sprint(c.A0[j], c.A1[j])] = true
		c.R0[j] = twoSum(c.A0[j], c.A1[j])
	}
}

// TestTimingCyclesThroughInstances checks that the growth timing of a small
// size reads many instances of it, the same ones for the user's function and
// the reference, so neither can be timed on one input its processor has
// learnt by heart.
func TestTimingCyclesThroughInstances(t *testing.T) {
	gen := func(r *rand.Rand, n int) []any {
		nums := kit.Ints(r, n, 1, 1000)
		return []any{append(nums, 5000, 6000), 11000}
	}
	job, err := json.Marshal(Job{
		Ladder: true, Growth: true, Seed: 1, FloorNS: int64(time.Second), Multiplier: 10,
		Reps: 2, SampleNS: 1e5, CopyBudget: 1 << 20,
	})
	require.NoError(t, err)
	user := &recordCall{seen: map[string]bool{}}
	ref := &recordCall{seen: map[string]bool{}}
	var out bytes.Buffer
	Main(Spec{User: user, Ref: ref, Generate: gen, Ladder: []int{8, 16},
		Mode: kit.Exact, Params: []string{"nums", "target"}, Mutates: -1}, job, &out)
	require.Contains(t, out.String(), `"ev":"scale"`, "both sizes timed:\n%s", out.String())
	assert.Greater(t, len(user.seen), 2, "a small size is timed on more than one instance")
	assert.LessOrEqual(t, len(user.seen), 2*maxVariants)
	assert.Equal(t, user.seen, ref.seen, "the reference is timed on the same instances")
}
