//go:build linux

package judge

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// hog grows its resident memory step by step, slowly enough that the
// parent's sampler sees it pass the limit before anything else stops it.
const hog = `package main

import (
	"io"
	"os"
	"time"
)

var kept [][]byte

func main() {
	io.ReadAll(os.Stdin)
	for {
		b := make([]byte, 8<<20)
		for i := range b {
			b[i] = 1
		}
		kept = append(kept, b)
		time.Sleep(5 * time.Millisecond)
	}
}
`

func TestRunChildSamplesMemory(t *testing.T) {
	bin := buildProgram(t, "hog", hog)

	start := time.Now()
	res, err := runChild(context.Background(), bin, []byte("{}"), runLimits{
		Memory: 100 << 20, Ceiling: 20 * time.Second, Output: 1 << 20, Start: 20 * time.Second,
		KillFactor: 1, Grace: time.Second,
	})
	require.NoError(t, err)
	assert.Equal(t, killMemory, res.killed)
	assert.Less(t, time.Since(start), 10*time.Second)
	assert.Greater(t, res.peakRSS, int64(100<<20), "the peak comes from rusage after the kill")
	assert.Less(t, res.peakRSS, int64(400<<20), "the sampler stops it soon after the limit")
}

// stall tells the parent it started a call with a 100 ms limit, then spins
// or sleeps forever, as its argument says.
const stall = `package main

import (
	"io"
	"os"
	"time"
)

func main() {
	io.ReadAll(os.Stdin)
	ev := os.NewFile(3, "events")
	ev.WriteString("{\"ev\":\"boot\"}\n{\"ev\":\"main\",\"plan\":[{\"name\":\"x\",\"kind\":\"sample\"}]}\n{\"ev\":\"run\",\"case\":0,\"limit_ns\":100000000}\n")
	if os.Getenv("STALL") == "sleep" {
		time.Sleep(time.Hour)
	}
	for i := 0; ; i++ {
	}
}
`

// TestWatchdogChargesCPU: a call that computes is stopped when it has used
// its limit in CPU time (plus the grace); one that only waits is given up to
// WaitFactor times longer, as a busy machine may be the reason it is slow.
func TestWatchdogChargesCPU(t *testing.T) {
	bin := buildProgram(t, "stall", stall)

	lim := runLimits{Memory: 1 << 30, Ceiling: 20 * time.Second, Output: 1 << 20, Start: 5 * time.Second, KillFactor: 1, Grace: time.Second}
	ran := map[string]time.Duration{}
	for _, mode := range []string{"spin", "sleep"} {
		t.Setenv("GRIND_CHILD_ENV", "STALL="+mode) // the child gets no other environment
		res, err := runChild(context.Background(), bin, []byte("{}"), lim)
		require.NoError(t, err)
		assert.Equal(t, killDeadline, res.killed, mode)
		assert.Equal(t, 0, res.killedIn, mode)
		ran[mode] = res.ranFor
	}
	assert.GreaterOrEqual(t, ran["spin"], 1100*time.Millisecond)
	assert.Less(t, ran["spin"], 1900*time.Millisecond, "a spinning call is stopped at its limit plus the grace")
	assert.GreaterOrEqual(t, ran["sleep"], 1900*time.Millisecond, "a sleeping call has not used its CPU time yet")
}

// buildProgram builds a one-file main package from src and returns the
// binary's path.
func buildProgram(t *testing.T, name, src string) string {
	t.Helper()
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "main.go"), []byte(src), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module "+name+"\n\ngo 1.22\n"), 0o644))
	bin := filepath.Join(dir, name)
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Dir = dir
	out, err := build.CombinedOutput()
	require.NoError(t, err, string(out))
	return bin
}
