//go:build linux

package judge

import (
	"bytes"
	"os"
	"strconv"
	"syscall"
)

// residentBytes reads the process's resident memory from /proc, or 0.
func residentBytes(pid int) int64 {
	data, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		return 0
	}
	i := bytes.Index(data, []byte("VmRSS:"))
	if i < 0 {
		return 0
	}
	fields := bytes.Fields(data[i+len("VmRSS:"):])
	if len(fields) == 0 {
		return 0
	}
	kb, _ := strconv.ParseInt(string(fields[0]), 10, 64)
	return kb << 10
}

// peakRSS returns the peak resident memory of the exited process; Linux
// reports it in kilobytes.
func peakRSS(ps *os.ProcessState) int64 {
	if ps == nil {
		return 0
	}
	if ru, ok := ps.SysUsage().(*syscall.Rusage); ok {
		return ru.Maxrss << 10
	}
	return 0
}
