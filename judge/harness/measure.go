package harness

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"time"
)

// sample is what one timed batch of calls cost.
type sample struct {
	wall, cpu     time.Duration
	allocs, bytes int64
}

// cost is what a call is charged against its limit: the CPU time it used,
// which other processes on the machine do not inflate, or the wall time
// where CPU time is not measured.
func (s sample) cost() time.Duration {
	if s.cpu > 0 {
		return s.cpu
	}
	return s.wall
}

// WaitFactor is how far past its limit a call may run in wall time while
// using less CPU time than the limit: it is waiting (sleeping, blocked), not
// computing. It is generous because a badly overloaded machine stretches
// wall time too: a call with 33 ms of CPU was once seen to take 709 ms.
const WaitFactor = 10

// over reports whether the sample broke the limit: by CPU time, or by wall
// time far past it.
func (s sample) over(limit time.Duration) bool {
	return s.cost() > limit || s.wall > WaitFactor*limit
}

func (s sample) overWords(limit time.Duration) string {
	if s.cost() > limit {
		return fmt.Sprintf("took %s, over the limit of %s", roundDur(s.cost()), roundDur(limit))
	}
	return fmt.Sprintf("took %s waiting rather than computing (%s of CPU), over %d× the limit of %s",
		roundDur(s.wall), roundDur(s.cpu), WaitFactor, roundDur(limit))
}

// roundDur rounds a duration for people to read.
func roundDur(d time.Duration) time.Duration {
	switch {
	case d >= time.Second:
		return d.Round(10 * time.Millisecond)
	case d >= time.Millisecond:
		return d.Round(10 * time.Microsecond)
	}
	return d.Round(time.Microsecond / 10)
}

// crash is a panic recovered from the user's code (or the reference's).
type crash struct {
	value string // the panic value, as text
	stack string // the goroutine's stack at the panic, raw
}

// onGoexit runs when code called runtime.Goexit instead of returning or
// panicking; the goroutine ends after it.
var onGoexit = func() {}

// timed makes calls lo..hi-1 of c and measures them: wall and CPU time, and
// the heap allocations they made. A panic is recovered and returned.
func timed(c Caller, lo, hi int) (s sample, cr *crash) {
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	c0 := cpuTime()
	t0 := time.Now()
	cr = protect(func() { c.Call(lo, hi) })
	s.wall = time.Since(t0)
	s.cpu = cpuTime() - c0
	runtime.ReadMemStats(&m1)
	s.allocs = int64(m1.Mallocs - m0.Mallocs)
	s.bytes = int64(m1.TotalAlloc - m0.TotalAlloc)
	return s, cr
}

// protect calls f and turns a panic into a crash.
func protect(f func()) (cr *crash) {
	returned := false
	defer func() {
		if returned {
			return
		}
		r := recover()
		if r == nil {
			onGoexit() // runtime.Goexit: recover sees nothing, and the goroutine is ending
			return
		}
		cr = &crash{value: describe(r), stack: string(debug.Stack())}
	}()
	f()
	returned = true
	return nil
}

// describe turns a panic value into text without trusting it: a value whose
// Error or String method panics in turn is described by its type.
func describe(r any) (s string) {
	defer func() {
		if recover() != nil {
			s = fmt.Sprintf("a value of type %T (its Error or String method panicked)", r)
		}
	}()
	switch v := r.(type) {
	case error:
		return v.Error()
	case string:
		return v
	case fmt.Stringer:
		return v.String()
	default:
		return fmt.Sprintf("%v (%T)", v, v)
	}
}
