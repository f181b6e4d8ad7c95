// Package boot prepares the child process before any of the solution's code
// runs. The judge adds a blank import of boot to the solution's package, so
// Go initialises boot first: it sets the process's limits, reads the whole
// job from stdin (a solution that reads stdin then finds it empty) and opens
// the event pipe. Standard library only.
package boot

import (
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"

	"github.com/grindjudge/grind/judge/harness"
)

// Job is the job as the parent wrote it on stdin.
var Job []byte

// Events is the event pipe, the child's file descriptor 3.
var Events *os.File

func init() {
	runtime.GOMAXPROCS(1)
	if n, err := strconv.ParseInt(os.Getenv(harness.EnvMaxStack), 10, 64); err == nil && n > 0 {
		debug.SetMaxStack(int(n))
	}
	setLimits(envInt(harness.EnvMemory), envInt(harness.EnvCPU))
	Events = os.NewFile(3, "events")
	var err error
	Job, err = io.ReadAll(os.Stdin)
	if err != nil {
		os.Exit(3)
	}
	os.Stdin.Close()
	if _, err := Events.Write([]byte(`{"ev":"boot"}` + "\n")); err != nil {
		os.Exit(3)
	}
}

func envInt(name string) int64 {
	n, _ := strconv.ParseInt(os.Getenv(name), 10, 64)
	return n
}
