//go:build unix

package boot

import "syscall"

// setLimits caps the process's data segment and CPU time. RLIMIT_DATA makes
// a runaway allocation fail with "fatal error: out of memory" instead of
// pushing the machine into swap; RLIMIT_AS is no use for Go, whose runtime
// reserves far more address space than it touches. The CPU limit is a
// backstop for the parent's watchdog.
func setLimits(memory, cpu int64) {
	if memory > 0 {
		lim := syscall.Rlimit{Cur: uint64(memory), Max: uint64(memory)}
		_ = syscall.Setrlimit(syscall.RLIMIT_DATA, &lim)
	}
	if cpu > 0 {
		lim := syscall.Rlimit{Cur: uint64(cpu), Max: uint64(cpu) + 1}
		_ = syscall.Setrlimit(syscall.RLIMIT_CPU, &lim)
	}
}
