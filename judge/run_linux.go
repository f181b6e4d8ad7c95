//go:build linux

package judge

import (
	"bytes"
	"os"
	"strconv"
	"syscall"
	"time"
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

// processCPU reads the CPU time the process has used, user and system, from
// /proc; -1 when it cannot. The kernel counts it in clock ticks of 10 ms.
func processCPU(pid int) time.Duration {
	data, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return -1
	}
	// The command name, in parentheses, may hold spaces: count fields after it.
	i := bytes.LastIndexByte(data, ')')
	if i < 0 {
		return -1
	}
	fields := bytes.Fields(data[i+1:])
	if len(fields) < 13 {
		return -1
	}
	utime, err1 := strconv.ParseInt(string(fields[11]), 10, 64)
	stime, err2 := strconv.ParseInt(string(fields[12]), 10, 64)
	if err1 != nil || err2 != nil {
		return -1
	}
	const tick = 10 * time.Millisecond
	return time.Duration(utime+stime) * tick
}
