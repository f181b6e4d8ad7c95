package judge

import (
	"encoding/json"
	"fmt"

	"github.com/grindjudge/grind/judge/harness"
)

// Verdict is the outcome of judging a solution or one case.
type Verdict int

// The verdicts, from best to worst-understood.
const (
	AC  Verdict = iota // accepted
	WA                 // wrong answer
	TLE                // time limit exceeded
	MLE                // memory limit exceeded
	RE                 // runtime error: a panic, a crash, too much output
	CE                 // compile error: the code does not build or fails the static check
)

var verdictNames = [...]string{"AC", "WA", "TLE", "MLE", "RE", "CE"}

var verdictWords = [...]string{"Accepted", "Wrong Answer", "Time Limit Exceeded",
	"Memory Limit Exceeded", "Runtime Error", "Compile Error"}

// String returns the short name: AC, WA, TLE, MLE, RE or CE.
func (v Verdict) String() string {
	if int(v) < len(verdictNames) {
		return verdictNames[v]
	}
	return fmt.Sprintf("Verdict(%d)", int(v))
}

// Words returns the verdict spelled out: "Wrong Answer".
func (v Verdict) Words() string {
	if int(v) < len(verdictWords) {
		return verdictWords[v]
	}
	return v.String()
}

// ParseVerdict reads a short verdict name.
func ParseVerdict(s string) (Verdict, error) {
	for i, n := range verdictNames {
		if n == s {
			return Verdict(i), nil
		}
	}
	return 0, fmt.Errorf("no verdict %q", s)
}

// MarshalJSON writes the short name.
func (v Verdict) MarshalJSON() ([]byte, error) { return json.Marshal(v.String()) }

// UnmarshalJSON reads the short name.
func (v *Verdict) UnmarshalJSON(data []byte) error {
	var s string
	if err := json.Unmarshal(data, &s); err != nil {
		return err
	}
	p, err := ParseVerdict(s)
	*v = p
	return err
}

// Report is the result of judging one solution. It is also the JSON that
// grind --json prints; the field names are a contract.
type Report struct {
	Problem    string       `json:"problem"`
	Verdict    Verdict      `json:"verdict"`
	Passed     int          `json:"passed"`
	Total      int          `json:"total"`
	FailedCase *FailedCase  `json:"failed_case"`
	Cases      []CaseResult `json:"cases"`
	TimeRatio  *float64     `json:"time_ratio"`  // user / reference, median over the largest cases
	AllocRatio *float64     `json:"alloc_ratio"` // the same for allocations; null when the reference allocates nothing
	PeakRSS    int64        `json:"peak_rss_bytes"`
	Growth     *Growth      `json:"growth"`
	BuildMS    int64        `json:"build_ms"`
	RunMS      int64        `json:"run_ms"`

	Title       string   `json:"title"`
	Mode        string   `json:"mode"`                    // test or submit
	Message     string   `json:"message,omitempty"`       // what went wrong beyond a case: compiler messages, a crash
	Stack       []string `json:"stack,omitempty"`         // the user's frames of a panic, innermost first
	Stdout      string   `json:"stdout,omitempty"`        // what the solution printed (truncated)
	Stderr      string   `json:"stderr,omitempty"`        // what it printed to stderr, runtime messages left out
	Warnings    []string `json:"warnings,omitempty"`      // worth knowing, not a verdict
	BuildCached bool     `json:"build_cached"`            // the binary came from the cache
	UserAllocs  *float64 `json:"allocs_per_call"`         // on the largest case
	UserBytes   *float64 `json:"bytes_per_call"`          // on the largest case
	CPUMS       int64    `json:"cpu_ms"`                  // CPU time of the whole child
	Strict      bool     `json:"strict,omitempty"`        // judged with --strict
	StrictFail  bool     `json:"strict_failed,omitempty"` // accepted, but failed --strict
}

// CaseResult is one judged case.
type CaseResult struct {
	Name    string        `json:"name"`
	Kind    string        `json:"kind"` // sample, hidden, custom or scale
	Verdict Verdict       `json:"verdict"`
	TimeNS  int64         `json:"time_ns"`
	CPUNS   int64         `json:"cpu_ns"`
	Allocs  int64         `json:"allocs"`
	Bytes   int64         `json:"bytes"`
	LimitNS int64         `json:"limit_ns,omitempty"`
	RefNS   int64         `json:"ref_ns,omitempty"` // the reference's time, when it ran
	N       int           `json:"n,omitempty"`      // the size of a generated case
	Input   []harness.Arg `json:"input,omitempty"`  // samples, custom cases and the failed case
	Want    string        `json:"want,omitempty"`
	Got     string        `json:"got,omitempty"`
	Message string        `json:"message,omitempty"`
}

// FailedCase is the first case that failed, with what it was given, what
// was expected and what came back, in notation.
type FailedCase struct {
	Name     string        `json:"name"`
	Kind     string        `json:"kind"`
	Input    []harness.Arg `json:"input"`
	Expected string        `json:"expected"`
	Actual   string        `json:"actual"`
	Message  string        `json:"message"`
}

// Growth is how the running time grows with the input size, the user's
// against the reference's, fitted on the scaling ladder.
type Growth struct {
	Optimal           string     `json:"optimal"`
	UserExponent      float64    `json:"user_exponent"`
	ReferenceExponent float64    `json:"reference_exponent"`
	Suboptimal        bool       `json:"suboptimal"`
	UserCI            [2]float64 `json:"user_ci"`      // 95% bootstrap interval of the user's exponent
	ReferenceCI       [2]float64 `json:"reference_ci"` // the same for the reference
	UserClass         string     `json:"user_class"`   // the nearest complexity class the data support, or ""
	ReferenceClass    string     `json:"reference_class"`
	Sizes             []Size     `json:"sizes"`
	Partial           bool       `json:"partial,omitempty"` // the user's code did not finish every size
}

// Size is the median times of one ladder size.
type Size struct {
	N           int     `json:"n"`
	UserNS      float64 `json:"user_ns"`
	ReferenceNS float64 `json:"reference_ns"`
	UserAllocs  float64 `json:"user_allocs"`
	RefAllocs   float64 `json:"reference_allocs"`
	UserBytes   float64 `json:"user_bytes"`
	RefBytes    float64 `json:"reference_bytes"`
}

// failed returns the first case that did not pass, or nil.
func (r *Report) failed() *CaseResult {
	for i := range r.Cases {
		if r.Cases[i].Verdict != AC {
			return &r.Cases[i]
		}
	}
	return nil
}
