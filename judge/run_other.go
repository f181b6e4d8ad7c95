//go:build !unix

package judge

import (
	"os"
	"os/exec"
	"time"
)

func setProcessGroup(cmd *exec.Cmd)             {}
func killGroup(pid int)                         { p, _ := os.FindProcess(pid); _ = p.Kill() }
func quitProcess(pid int)                       { killGroup(pid) }
func exitSignal(ps *os.ProcessState) string     { return "" }
func killedByCPULimit(ps *os.ProcessState) bool { return false }
func residentBytes(pid int) int64               { return 0 }
func peakRSS(ps *os.ProcessState) int64         { return 0 }

func processCPU(pid int) time.Duration { return -1 }
