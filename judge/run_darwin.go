//go:build darwin

package judge

import (
	"os"
	"syscall"
	"time"
)

// residentBytes is not sampled on macOS, which has no /proc; the peak from
// rusage decides after the fact.
func residentBytes(pid int) int64 { return 0 }

// peakRSS returns the peak resident memory of the exited process; macOS
// reports it in bytes.
func peakRSS(ps *os.ProcessState) int64 {
	if ps == nil {
		return 0
	}
	if ru, ok := ps.SysUsage().(*syscall.Rusage); ok {
		return ru.Maxrss
	}
	return 0
}

// processCPU is not read on macOS; the watchdog goes by wall time there.
func processCPU(pid int) time.Duration { return -1 }
