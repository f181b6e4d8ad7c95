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
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "main.go"), []byte(hog), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module hog\n\ngo 1.22\n"), 0o644))
	bin := filepath.Join(dir, "hog")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Dir = dir
	out, err := build.CombinedOutput()
	require.NoError(t, err, string(out))

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
