// Package harness is compiled into the child binary that judges a solution.
// It decodes the job, calls the reference and the user's function on the
// same cases, times them, recovers panics, compares the answers and writes
// what happened as events, one JSON object per line, on a pipe of their own.
//
// The judge in the parent imports this package only for the protocol types
// below; Main runs in the child. Standard library only.
package harness

import "encoding/json"

// The parent passes limits to the child in the environment, as decimal
// numbers; package boot applies them before any of the solution's code runs.
const (
	EnvMemory   = "GRIND_MEMORY"    // bytes of memory the child may use
	EnvCPU      = "GRIND_CPU"       // seconds of CPU time the child may use
	EnvMaxStack = "GRIND_MAX_STACK" // bytes one goroutine's stack may grow to
)

// Job is what the parent asks of the child, written as JSON on its stdin.
type Job struct {
	Cases      []JobCase `json:"cases"`       // hand-written and custom cases, in order
	Random     bool      `json:"random"`      // also judge the generated random cases
	Ladder     bool      `json:"ladder"`      // also judge the scaling ladder
	Growth     bool      `json:"growth"`      // time the ladder for growth analysis
	All        bool      `json:"all"`         // go on after a failing case
	Seed       int64     `json:"seed"`        // seeds every generated case
	FloorNS    int64     `json:"floor_ns"`    // the least time limit of a case
	Multiplier float64   `json:"multiplier"`  // a limit is max(floor, multiplier x reference time)
	Reps       int       `json:"reps"`        // timing repetitions per ladder size
	SampleNS   int64     `json:"sample_ns"`   // a timing sample holds at least this much work
	CopyBudget int64     `json:"copy_budget"` // bytes of fresh input copies a timing sample may use
}

// JobCase is one case given by the parent, its values in notation.
type JobCase struct {
	Name string            `json:"name"`
	Kind string            `json:"kind"` // sample, hidden or custom
	Args []json.RawMessage `json:"args"`
	Want json.RawMessage   `json:"want,omitempty"` // empty: the reference decides
}

// Event kinds, in the order a run writes them.
const (
	EvBoot   = "boot"   // the child started; the solution's init() runs next
	EvMain   = "main"   // the solution's init() finished; Plan lists the cases
	EvRun    = "run"    // the user's code is about to run on Case, within LimitNS
	EvResult = "result" // Case finished; Verdict says how
	EvScale  = "scale"  // timing samples of one ladder size
	EvWarn   = "warn"   // something worth telling the user that is not a verdict
	EvDone   = "done"   // the child finished normally
)

// Event is one line of the event pipe. Which fields are set depends on Ev.
type Event struct {
	Ev string `json:"ev"`

	Plan []PlanCase `json:"plan,omitempty"` // main

	Case    int    `json:"case"`               // run, result, scale: the index into Plan
	LimitNS int64  `json:"limit_ns,omitempty"` // run, result
	Verdict string `json:"verdict,omitempty"`  // result: AC, WA, TLE or RE
	TimeNS  int64  `json:"time_ns,omitempty"`  // result: wall time of the user's call
	CPUNS   int64  `json:"cpu_ns,omitempty"`   // result: CPU time of the user's call
	Allocs  int64  `json:"allocs,omitempty"`   // result: heap allocations of the user's call
	Bytes   int64  `json:"bytes,omitempty"`    // result: bytes allocated by the user's call
	RefNS   int64  `json:"ref_ns,omitempty"`   // result: the reference's time, when it ran
	Input   []Arg  `json:"input,omitempty"`    // run: the case's input; result: set for failures and samples
	Want    string `json:"want,omitempty"`     // result
	Got     string `json:"got,omitempty"`      // result
	Message string `json:"message,omitempty"`  // result: what went wrong; warn: the warning
	Stack   string `json:"stack,omitempty"`    // result: the panic's stack, raw

	N          int       `json:"n,omitempty"`           // scale: the ladder size
	UserNS     []float64 `json:"user_ns,omitempty"`     // scale: per-call CPU time of each repetition
	RefNSs     []float64 `json:"ref_samples,omitempty"` // scale: the same for the reference
	UserAllocs float64   `json:"user_allocs,omitempty"` // scale: allocations per call
	RefAllocs  float64   `json:"ref_allocs,omitempty"`
	UserBytes  float64   `json:"user_bytes,omitempty"` // scale: bytes allocated per call
	RefBytes   float64   `json:"ref_bytes,omitempty"`
}

// PlanCase names one case the child will judge.
type PlanCase struct {
	Name string `json:"name"`
	Kind string `json:"kind"` // sample, hidden, custom or scale
	N    int    `json:"n,omitempty"`
}

// Arg is one argument of a case, shown in notation.
type Arg struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}
