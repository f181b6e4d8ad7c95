package judge

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/grindjudge/grind/judge/harness"
)

// runLimits bound one run of a child.
type runLimits struct {
	Memory     int64         // bytes of resident memory; past it the child is killed (MLE)
	Ceiling    time.Duration // the whole run
	Output     int64         // bytes of stdout and stderr together; past it, RE
	Start      time.Duration // from start to the harness's main: the runtime, then the solution's init()
	KillFactor float64       // a call that never returns is stopped at KillFactor x its limit, plus Grace
	// Grace is how long past that a call may run before it is stopped. The
	// child decides TLE itself for calls that return, so the watchdog is for
	// hangs; the grace gives runaway recursion the time to reach the stack
	// limit, so it is reported as the stack overflow it is.
	Grace time.Duration
}

// kill reasons
const (
	killNone     = ""
	killDeadline = "deadline" // a call ran past its limit and did not return
	killCeiling  = "ceiling"  // the whole run took too long
	killMemory   = "memory"   // resident memory past the limit
	killOutput   = "output"   // printed too much
	killStart    = "start"    // never reached main: the solution's init() hangs
	killContext  = "context"  // the caller gave up
)

// childRun is everything a run of the child left behind.
type childRun struct {
	events   []harness.Event
	stdout   *capture
	stderr   *capture
	killed   string        // why the parent killed the child, or killNone
	killedIn int           // the case running when it was killed; -1 before any
	limit    time.Duration // that case's limit
	ranFor   time.Duration // how long that call had run when it was killed
	sawBoot  bool
	sawMain  bool
	done     bool // the harness finished normally
	exit     *os.ProcessState
	waitErr  error
	peakRSS  int64
	wall     time.Duration
}

// capture keeps the head of a stream and its tail (where runtime crash
// messages are) and counts every byte; it calls over once the shared output
// budget is spent.
type capture struct {
	mu    sync.Mutex
	head  bytes.Buffer
	tail  []byte
	total int64
	spent *int64
	limit int64
	over  func()
}

const (
	headKeep = 64 << 10
	tailKeep = 64 << 10
)

func (c *capture) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.total += int64(len(p))
	if room := headKeep - c.head.Len(); room > 0 {
		c.head.Write(p[:min(room, len(p))])
	}
	c.tail = append(c.tail, p...)
	if len(c.tail) > 2*tailKeep {
		c.tail = append(c.tail[:0:0], c.tail[len(c.tail)-tailKeep:]...)
	}
	*c.spent += int64(len(p))
	if *c.spent > c.limit && c.over != nil {
		c.over()
		c.over = nil
	}
	return len(p), nil
}

// text returns what was captured: the whole stream if it fit, or its head,
// a note of what was left out, and its tail.
func (c *capture) text() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.total <= headKeep {
		return c.head.String()
	}
	t := c.tail
	if len(t) > tailKeep {
		t = t[len(t)-tailKeep:]
	}
	skipped := c.total - int64(c.head.Len()) - int64(len(t))
	if skipped <= 0 {
		return c.head.String() + string(t[int64(len(t))+skipped:])
	}
	return fmt.Sprintf("%s\n… (%d bytes left out) …\n%s", c.head.String(), skipped, t)
}

// tailText returns the last bytes of the stream, where a crash is reported.
func (c *capture) tailText() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.tail) > tailKeep {
		return string(c.tail[len(c.tail)-tailKeep:])
	}
	return string(c.tail)
}

// runChild starts the binary, hands it the job and watches it: the event
// pipe for what it is doing, a watchdog for each call's deadline, the
// overall ceiling, its memory and its output. It returns when the child has
// exited, by itself or killed.
func runChild(ctx context.Context, bin string, job []byte, lim runLimits) (*childRun, error) {
	evR, evW, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	defer evR.Close()
	res := &childRun{killedIn: -1}
	var spent int64
	overOutput := make(chan struct{})
	var overOnce sync.Once
	over := func() { overOnce.Do(func() { close(overOutput) }) }
	res.stdout = &capture{spent: &spent, limit: lim.Output, over: over}
	res.stderr = &capture{spent: &spent, limit: lim.Output, over: over}
	var outMu sync.Mutex // the two captures share the budget
	cmd := exec.Command(bin)
	cmd.Stdout = lockedWriter{&outMu, res.stdout}
	cmd.Stderr = lockedWriter{&outMu, res.stderr}
	cmd.ExtraFiles = []*os.File{evW}
	cmd.Env = []string{
		"GOMAXPROCS=1",
		// A stack grown by deep recursion stays grown: shrinking it at
		// every garbage collection made the next call pay to grow it
		// again, at moments that depend on when collections fall, and
		// recursive solutions' timings spread fourfold between runs.
		"GODEBUG=gcshrinkstackoff=1",
		harness.EnvMemory + "=" + strconv.FormatInt(lim.Memory+64<<20, 10),
		harness.EnvCPU + "=" + strconv.FormatInt(int64(lim.Ceiling/time.Second)+5, 10),
		harness.EnvMaxStack + "=" + strconv.FormatInt(min(64<<20, lim.Memory/4), 10),
	}
	// GRIND_CHILD_ENV adds to the judged program's environment, to debug the
	// judge itself: GRIND_CHILD_ENV=GODEBUG=gctrace=1.
	cmd.Env = append(cmd.Env, strings.Fields(os.Getenv("GRIND_CHILD_ENV"))...)
	cmd.Dir = os.TempDir()
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	setProcessGroup(cmd)
	start := time.Now()
	if err := cmd.Start(); err != nil {
		evW.Close()
		return nil, fmt.Errorf("cannot start the judged program: %w", err)
	}
	evW.Close()
	pid := cmd.Process.Pid
	go func() {
		// The job goes in whole, then stdin closes: a solution that reads
		// stdin finds it empty instead of waiting forever.
		_, _ = stdin.Write(job)
		stdin.Close()
	}()

	events := make(chan harness.Event)
	go func() {
		defer close(events)
		sc := bufio.NewScanner(evR)
		sc.Buffer(make([]byte, 64<<10), 16<<20)
		for sc.Scan() {
			var ev harness.Event
			if err := json.Unmarshal(sc.Bytes(), &ev); err != nil {
				ev = harness.Event{Ev: "error", Message: "unreadable event: " + err.Error()}
			}
			events <- ev
		}
	}()
	exited := make(chan struct{})
	go func() {
		res.waitErr = cmd.Wait()
		res.exit = cmd.ProcessState
		close(exited)
	}()

	exitDone := false
	kill := func(reason string) {
		if res.killed == killNone && !exitDone {
			res.killed = reason
			killGroup(pid)
		}
	}
	// A call past its deadline is first asked to quit: the Go runtime then
	// prints every goroutine's stack, which tells the user where their code
	// was stuck. Whatever happens, the group is killed shortly after.
	var quitKill <-chan time.Time
	quit := func() {
		if res.killed == killNone && !exitDone {
			res.killed = killDeadline
			quitProcess(pid)
			quitKill = time.After(500 * time.Millisecond)
		}
	}
	watchdog := time.NewTimer(lim.Start)
	defer watchdog.Stop()
	watchReason := killStart
	ceiling := time.NewTimer(lim.Ceiling)
	defer ceiling.Stop()
	sampler := time.NewTicker(10 * time.Millisecond)
	defer sampler.Stop()
	running := -1
	var runStart time.Time
	var runCPU, budget time.Duration
	eventsOpen := true
	for eventsOpen || !exitDone {
		select {
		case ev, ok := <-events:
			if !ok {
				eventsOpen = false
				events = nil
				continue
			}
			res.events = append(res.events, ev)
			switch ev.Ev {
			case harness.EvBoot:
				res.sawBoot = true
			case harness.EvMain:
				res.sawMain = true
				watchdog.Stop()
			case harness.EvRun:
				running, runStart, runCPU = ev.Case, time.Now(), processCPU(pid)
				res.limit = time.Duration(ev.LimitNS)
				budget = time.Duration(float64(ev.LimitNS) * lim.KillFactor)
				watchdog.Reset(budget + lim.Grace)
				watchReason = killDeadline
			case harness.EvResult, harness.EvScale:
				watchdog.Stop()
				running = -1
			case harness.EvDone:
				res.done = true
			}
		case <-watchdog.C:
			ran := time.Since(runStart)
			if watchReason == killDeadline {
				// A call is charged its CPU time, as the harness charges it:
				// one that has not used its budget is waiting for a busy
				// machine, or sleeping. Give it until it has, or until it has
				// waited WaitFactor times longer than any call may compute.
				if cpu := processCPU(pid); cpu >= 0 && runCPU >= 0 {
					used := cpu - runCPU
					if used < budget && ran < harness.WaitFactor*budget+lim.Grace {
						watchdog.Reset(max(budget-used, 50*time.Millisecond))
						continue
					}
				}
				res.killedIn, res.ranFor = running, ran
				quit()
			} else {
				res.killedIn, res.ranFor = running, ran
				kill(watchReason)
			}
		case <-quitKill:
			killGroup(pid)
			quitKill = nil
		case <-ceiling.C:
			res.killedIn = running
			kill(killCeiling)
		case <-overOutput:
			res.killedIn = running
			kill(killOutput)
			overOutput = nil
		case <-sampler.C:
			if rss := residentBytes(pid); rss > lim.Memory {
				res.killedIn = running
				kill(killMemory)
			}
		case <-ctx.Done():
			kill(killContext)
		case <-exited:
			exited = nil
			exitDone = true
		}
	}
	res.wall = time.Since(start)
	res.peakRSS = peakRSS(res.exit)
	return res, nil
}

type lockedWriter struct {
	mu *sync.Mutex
	w  io.Writer
}

func (l lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}
