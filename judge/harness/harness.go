package harness

import (
	"encoding/json"
	"fmt"
	"io"
	"math/rand"
	"os"
	"reflect"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/grindjudge/grind/problems/kit"
)

// Spec describes a problem to Main. The judge generates it, with the two
// Callers, in the child's main package.
type Spec struct {
	User, Ref Caller
	// Generate builds the arguments of a case of size n: a
	// func(*rand.Rand, int) []any, or for a design problem a
	// func(*rand.Rand, int) kit.Ops.
	Generate any
	// Check decides an any-valid answer: a func(args..., want, got T) error.
	Check  any
	Ladder []int // the sizes of the scaling ladder
	Random []int // the sizes of the generated random cases
	Mode   kit.Mode
	// Params names the parameters, to show inputs; "ops" and "args" for a
	// design problem.
	Params []string
	// Mutates is the index of the parameter an in-place function changes,
	// or -1.
	Mutates int
	// Methods names the operations of a design problem, index m being
	// method m of the Callers; the first is the type, for the constructor.
	Methods []string
}

// shown is how many bytes of a value a result event shows.
const shown = 2000

// Main judges the job and writes the events; the child exits when it
// returns.
func Main(spec Spec, job []byte, events io.Writer) {
	r := &run{spec: spec, out: events}
	if err := json.Unmarshal(job, &r.job); err != nil {
		r.fail(fmt.Errorf("harness: bad job: %w", err))
	}
	if err := r.prepare(); err != nil {
		r.fail(err)
	}
	onGoexit = func() {
		r.emit(Event{Ev: EvResult, Case: r.current, Verdict: "RE",
			Message: "your solution called runtime.Goexit, which ended the judge's goroutine"})
		r.emit(Event{Ev: EvDone})
		os.Exit(0)
	}
	r.emit(Event{Ev: EvMain, Plan: r.plan})
	r.judgeAll()
	r.emit(Event{Ev: EvDone})
}

type run struct {
	spec Spec
	job  Job
	out  io.Writer

	plan    []PlanCase
	current int // the case being judged, for events written from a panic

	fnUser, fnRef *fnSite
	dUser, dRef   *designSite
	refResult     reflect.Type // the reference's result type (function problems)

	warnedGoroutines bool
}

func (r *run) emit(e Event) {
	data, err := json.Marshal(e)
	if err != nil {
		data, _ = json.Marshal(Event{Ev: EvResult, Case: e.Case, Verdict: "RE", Message: "the judge could not encode an event: " + err.Error()})
	}
	if _, err := r.out.Write(append(data, '\n')); err != nil {
		os.Exit(3) // the parent is gone
	}
}

// fail reports that the harness itself broke, and exits.
func (r *run) fail(err error) {
	r.emit(Event{Ev: "error", Message: err.Error()})
	os.Exit(3)
}

func (r *run) prepare() error {
	var err error
	if r.spec.Methods != nil {
		if r.dUser, err = newDesignSite(r.spec.User, r.spec.Methods); err != nil {
			return err
		}
		r.dRef, err = newDesignSite(r.spec.Ref, r.spec.Methods)
		if err != nil {
			return err
		}
	} else {
		if r.fnUser, err = newFnSite(r.spec.User, len(r.spec.Params)); err != nil {
			return err
		}
		if r.fnRef, err = newFnSite(r.spec.Ref, len(r.spec.Params)); err != nil {
			return err
		}
		if r.spec.Mutates >= 0 {
			r.refResult = r.fnRef.args[r.spec.Mutates].Type().Elem()
		} else {
			r.refResult = r.fnRef.res.Type().Elem()
		}
	}
	for _, c := range r.job.Cases {
		r.plan = append(r.plan, PlanCase{Name: c.Name, Kind: c.Kind})
	}
	if r.job.Random {
		count := map[int]int{}
		for _, n := range r.spec.Random {
			count[n]++
			r.plan = append(r.plan, PlanCase{Name: fmt.Sprintf("random-n%d-%d", n, count[n]), Kind: "hidden", N: n})
		}
	}
	if r.job.Ladder {
		for _, n := range r.spec.Ladder {
			r.plan = append(r.plan, PlanCase{Name: fmt.Sprintf("scale-n%d", n), Kind: "scale", N: n})
		}
	}
	return nil
}

func (r *run) judgeAll() {
	for i, pc := range r.plan {
		r.current = i
		var ok bool
		if i < len(r.job.Cases) {
			ok = r.judgeGiven(i, r.job.Cases[i])
		} else {
			ok = r.judgeGenerated(i, pc)
		}
		if !ok && !r.job.All {
			return
		}
	}
}

// rng returns the random source of generated case i: the same job seed
// gives the same cases.
func (r *run) rng(i int) *rand.Rand { return rand.New(rand.NewSource(CaseSeed(r.job.Seed, i))) }

// CaseSeed is the seed of the random source that generates the case at
// index i of the plan (hand-written cases first, then the random cases, then
// the ladder), for a job's seed.
func CaseSeed(seed int64, i int) int64 { return seed*1_000_003 + int64(i) }

func (r *run) judgeGiven(i int, c JobCase) bool {
	if r.spec.Methods != nil {
		in, err := r.decodeOps(c.Args)
		if err != nil {
			return r.badCase(i, err)
		}
		var want []reflect.Value
		if len(c.Want) > 0 {
			if want, err = r.decodeDesignWant(in, c.Want); err != nil {
				return r.badCase(i, err)
			}
		}
		return r.judgeDesign(i, in, want, false)
	}
	types := r.fnRef.argTypes()
	args := make([]reflect.Value, len(types))
	for k, t := range types {
		v, err := kit.Decode(c.Args[k], t)
		if err != nil {
			return r.badCase(i, fmt.Errorf("argument %s: %w", r.spec.Params[k], err))
		}
		args[k] = v
	}
	var want reflect.Value
	if len(c.Want) > 0 {
		v, err := kit.Decode(c.Want, r.refResult)
		if err != nil {
			return r.badCase(i, fmt.Errorf("want: %w", err))
		}
		want = v
	}
	_, _, ok := r.judgeFn(i, args, want, false)
	return ok
}

// badCase reports a case whose values do not fit the signature. Stored cases
// are checked when grind loads them, so this is a custom case gone wrong.
func (r *run) badCase(i int, err error) bool {
	r.emit(Event{Ev: EvResult, Case: i, Verdict: "RE", Message: "the case does not fit the problem: " + err.Error()})
	return false
}

func (r *run) judgeGenerated(i int, pc PlanCase) bool {
	rng := r.rng(i)
	scale := pc.Kind == "scale"
	if r.spec.Methods != nil {
		gen, ok := r.spec.Generate.(func(*rand.Rand, int) kit.Ops)
		if !ok {
			r.fail(fmt.Errorf("harness: Generate of a design problem must be a func(*rand.Rand, int) kit.Ops"))
		}
		in, err := r.opsFromGen(gen(rng, pc.N))
		if err != nil {
			r.fail(fmt.Errorf("harness: the generator's operations: %w", err))
		}
		return r.judgeDesign(i, in, nil, scale)
	}
	gen, ok := r.spec.Generate.(func(*rand.Rand, int) []any)
	if !ok {
		r.fail(fmt.Errorf("harness: Generate must be a func(*rand.Rand, int) []any"))
	}
	args := r.generateArgs(gen, rng, pc.N)
	user, mutates, ok := r.judgeFn(i, args, reflect.Value{}, scale)
	if ok && scale && r.job.Growth {
		r.timeFn(i, args, user, mutates)
	}
	return ok
}

// generateArgs makes the arguments of a generated case of size n, typed for
// the reference.
func (r *run) generateArgs(gen func(*rand.Rand, int) []any, rng *rand.Rand, n int) []reflect.Value {
	raw := gen(rng, n)
	types := r.fnRef.argTypes()
	if len(raw) != len(types) {
		r.fail(fmt.Errorf("harness: Generate returned %d arguments, want %d", len(raw), len(types)))
	}
	args := make([]reflect.Value, len(raw))
	for k, x := range raw {
		v, err := kit.Convert(reflect.ValueOf(x), types[k])
		if err != nil {
			r.fail(fmt.Errorf("harness: generated argument %s: %w", r.spec.Params[k], err))
		}
		args[k] = v
	}
	return args
}

const (
	// variantSpan is how many input elements (as the ladder counts them)
	// the calls of one timing batch read between them, at least, when a
	// single input is smaller: a processor that runs the same small input
	// call after call learns its branches and keeps it in cache, so small
	// sizes would look faster than the algorithm makes them and every
	// exponent would come out too steep. 16384 is past what this
	// machine's branch predictor learns (a palindrome scan learnt 6,000
	// characters of one input, not 12,000).
	variantSpan = 1 << 14
	// variantBytes bounds the memory of the instances of one size, so they
	// stay in the processor's second-level cache as a single instance
	// would: the largest sizes, a single instance each, read from memory
	// anyway. (A matrix of side n holds n^2 elements, not n.)
	variantBytes = 1 << 20
	// maxVariants bounds the instances of one size, so tiny inputs do not
	// cost thousands of generations and copies.
	maxVariants = 64
)

// variants returns the instances of ladder case i that its timing batches
// cycle through: args, the judged one, then further ones of the same size
// from seeds of their own, enough that the calls read about variantSpan
// elements of distinct input, and no more than k, the calls of the smaller
// batch, so that every batch of either side reads every instance. size is
// the bytes a copy of args takes.
func (r *run) variants(i int, args []reflect.Value, size int64, k int) [][]reflect.Value {
	out := [][]reflect.Value{args}
	gen, ok := r.spec.Generate.(func(*rand.Rand, int) []any)
	if !ok {
		return out
	}
	n := max(r.plan[i].N, 1)
	count := min(k, maxVariants, (variantSpan+n-1)/n, int(variantBytes/size))
	for v := 1; v < count; v++ {
		rng := rand.New(rand.NewSource(CaseSeed(r.job.Seed, i)*maxVariants + int64(v)))
		out = append(out, r.generateArgs(gen, rng, n))
	}
	return out
}

// limit is a case's time limit: the floor, or the multiplier times what the
// reference took, whichever is more.
func (r *run) limit(ref time.Duration) time.Duration {
	return max(time.Duration(r.job.FloorNS), time.Duration(float64(ref)*r.job.Multiplier))
}

func copyArgs(args []reflect.Value) []reflect.Value {
	out := make([]reflect.Value, len(args))
	for i, a := range args {
		out[i] = kit.Copy(a)
	}
	return out
}

// convertArgs copies the arguments as the user's types; the static check
// made the two match.
func convertArgs(args []reflect.Value, types []reflect.Type) []reflect.Value {
	out := make([]reflect.Value, len(args))
	for i, a := range args {
		out[i] = kit.CopyAs(a, types[i])
	}
	return out
}

// judgeFn judges the user's function on one case. The reference runs first
// unless the answer is known. It returns the user's call's sample and, for
// a scale case, whether either function changed its arguments.
func (r *run) judgeFn(i int, args []reflect.Value, want reflect.Value, scale bool) (sample, bool, bool) {
	var refTime time.Duration
	mutates := false
	if !want.IsValid() {
		r.fnRef.load([][]reflect.Value{copyArgs(args)})
		runtime.GC()
		s, cr := timed(r.fnRef.caller, 0, 1)
		if cr != nil {
			r.fail(fmt.Errorf("harness: the reference panicked on case %s: %s\n%s", r.plan[i].Name, cr.value, cr.stack))
		}
		want = kit.Copy(r.fnRef.result(0, r.spec.Mutates))
		refTime = s.cost()
		if scale {
			mutates = r.changed(r.fnRef, args)
		}
		r.fnRef.clear()
	}
	limit := r.limit(refTime)
	r.fnUser.load([][]reflect.Value{convertArgs(args, r.fnUser.argTypes())})
	runtime.GC()
	goroutines := runtime.NumGoroutine()
	r.emit(Event{Ev: EvRun, Case: i, LimitNS: int64(limit), Input: r.showArgs(args)})
	s, cr := timed(r.fnUser.caller, 0, 1)
	res := Event{Ev: EvResult, Case: i, LimitNS: int64(limit), TimeNS: int64(s.wall), CPUNS: int64(s.cpu),
		Allocs: s.allocs, Bytes: s.bytes, RefNS: int64(refTime)}
	r.checkGoroutines(goroutines)
	switch {
	case cr != nil:
		res.Verdict, res.Message, res.Stack = "RE", "panic: "+cr.value, cr.stack
	case s.over(limit):
		res.Verdict, res.Message = "TLE", s.overWords(limit)
	default:
		got, err := kit.Convert(r.fnUser.result(0, r.spec.Mutates), r.refResult)
		if err != nil {
			res.Verdict, res.Message = "WA", "your answer is not well formed: "+err.Error()
			res.Got = kit.Format(r.fnUser.result(0, r.spec.Mutates), shown)
			break
		}
		res.Got = kit.Format(got, shown)
		if msg := r.compare(args, want, got); msg != "" {
			res.Verdict, res.Message = "WA", msg
		} else {
			res.Verdict = "AC"
		}
	}
	if scale && res.Verdict == "AC" {
		mutates = mutates || r.changed(r.fnUser, args)
	}
	r.fnUser.clear()
	if res.Verdict != "AC" || r.plan[i].Kind == "sample" || r.plan[i].Kind == "custom" {
		res.Input = r.showArgs(args)
		res.Want = kit.Format(want, shown)
	} else {
		res.Got = ""
	}
	r.emit(res)
	return s, mutates, res.Verdict == "AC"
}

// changed reports whether the call in the site's first slot left its
// arguments different from args.
func (r *run) changed(site *fnSite, args []reflect.Value) bool {
	types := r.fnRef.argTypes()
	for k, a := range args {
		after, err := kit.Convert(site.args[k].Index(0), types[k])
		if err != nil || !kit.Equal(a, after) {
			return true
		}
	}
	return false
}

// showArgs writes a case's arguments for people, long ones cut short. The
// run event carries them, so a call that never returns can still be shown
// with its input.
func (r *run) showArgs(args []reflect.Value) []Arg {
	out := make([]Arg, len(args))
	for k, a := range args {
		out[k] = Arg{Name: r.spec.Params[k], Value: kit.Format(a, shown)}
	}
	return out
}

// compare returns "" when got answers the case, or what is wrong with it.
func (r *run) compare(args []reflect.Value, want, got reflect.Value) string {
	if r.spec.Mode != kit.AnyValid {
		return kit.Diff(r.spec.Mode, want, got)
	}
	in := append(copyArgs(args), want, got)
	out := reflect.ValueOf(r.spec.Check).Call(in)
	if err, _ := out[0].Interface().(error); err != nil {
		return err.Error()
	}
	return ""
}

func (r *run) checkGoroutines(before int) {
	if r.warnedGoroutines {
		return
	}
	// A goroutine that is just finishing may still be counted; give it a
	// moment before calling it a leak.
	for wait := 0; wait < 3 && runtime.NumGoroutine() > before; wait++ {
		runtime.Gosched()
		time.Sleep(time.Millisecond)
	}
	if n := runtime.NumGoroutine() - before; n > 0 {
		r.warnedGoroutines = true
		r.emit(Event{Ev: EvWarn, Case: r.current, Message: fmt.Sprintf(
			"your solution left %d goroutine(s) running after it returned; they take CPU time from every later case", n)})
	}
}

// batch is how many calls make a timing sample of at least SampleNS, given
// what one call took.
func (r *run) batch(single time.Duration) int {
	if single <= 0 {
		single = time.Microsecond
	}
	k := int((time.Duration(r.job.SampleNS) + single - 1) / single)
	return min(max(k, 1), 100_000)
}

// timeFn takes the timing samples of one ladder size: repetitions of a batch
// of user calls and a batch of reference calls, alternating so the machine's
// drift touches both alike. The calls of a batch cycle through instances of
// the size (see variants), the same ones for both sides.
//
// When neither function changes its arguments, the copies of the instances
// are made once and every batch reads them: fresh copies per call would make
// the timing depend on how many fit in the cache, which is not what is
// being measured. When one does, each batch gets fresh copies, one per call
// as far as the copy budget allows.
func (r *run) timeFn(i int, args []reflect.Value, user sample, mutates bool) {
	// One reference call, to size its batch.
	r.fnRef.load([][]reflect.Value{copyArgs(args)})
	ref, _ := timed(r.fnRef.caller, 0, 1)
	r.fnRef.clear()
	ku, kr := r.batch(user.wall), r.batch(ref.wall)
	size := r.sizeOf(args)
	instances := r.variants(i, args, size, min(ku, kr))
	userTypes := r.fnUser.argTypes()
	userCopy := func(v int) []reflect.Value { return convertArgs(instances[v%len(instances)], userTypes) }
	refCopy := func(v int) []reflect.Value { return copyArgs(instances[v%len(instances)]) }
	reps, warmUp := r.repsFor(max(user.cost(), ref.cost()))
	// side times batches of k calls of one function. It collects garbage
	// first, then makes one untimed call so the timed ones find the stack
	// already grown: otherwise deep recursion would pay for growing it only
	// when a batch holds a single call, that is on the largest sizes, and
	// look superlinear.
	side := func(site *fnSite, k int, fresh func(int) []reflect.Value) func() (sample, int, *crash) {
		copies := len(instances) // at most k: every batch reads them all
		if mutates {
			copies = max(copies, r.copiesFor(size, k))
		}
		var kept [][]reflect.Value
		if !mutates {
			kept = make([][]reflect.Value, copies)
			for c := range kept {
				kept[c] = fresh(c)
			}
		}
		return func() (sample, int, *crash) {
			all := kept
			if mutates {
				all = make([][]reflect.Value, copies)
				for c := range all {
					all[c] = fresh(c)
				}
			}
			var warm []reflect.Value
			if warmUp {
				warm = fresh(0)
			}
			runtime.GC()
			if warmUp {
				site.load([][]reflect.Value{warm})
				if _, cr := timed(site.caller, 0, 1); cr != nil {
					return sample{}, k, cr
				}
			}
			site.load(all)
			s, cr := timed(site.caller, 0, k)
			site.clear()
			return s, k, cr
		}
	}
	r.timeSides(i, reps, r.limit(ref.cost())*time.Duration(ku+1),
		side(r.fnUser, ku, userCopy), side(r.fnRef, kr, refCopy))
}

// timeSides takes reps timing samples of each side, user and reference in
// turn so the machine's drift touches both alike, and writes them as the
// case's scale event. Each side's batch returns its sample and how many
// calls it held; a panic while timing ends the case as a runtime error.
func (r *run) timeSides(i, reps int, limit time.Duration, user, ref func() (sample, int, *crash)) {
	var u, f perCall
	for rep := 0; rep < reps; rep++ {
		r.emit(Event{Ev: EvRun, Case: i, LimitNS: int64(limit)})
		s, k, cr := user()
		if cr != nil {
			r.emit(Event{Ev: EvResult, Case: i, Verdict: "RE", Message: "panic while timing: " + cr.value, Stack: cr.stack})
			return
		}
		u.add(s, k)
		s, k, _ = ref()
		f.add(s, k)
	}
	r.emit(Event{Ev: EvScale, Case: i, N: r.plan[i].N, UserNS: u.ns, RefNSs: f.ns,
		UserAllocs: Median(u.allocs), UserBytes: Median(u.bytes), RefAllocs: Median(f.allocs), RefBytes: Median(f.bytes)})
}

// perCall collects timing samples divided by the calls each held.
type perCall struct{ ns, allocs, bytes []float64 }

func (p *perCall) add(s sample, calls int) {
	k := float64(calls)
	p.ns = append(p.ns, float64(s.cost())/k)
	p.allocs = append(p.allocs, float64(s.allocs)/k)
	p.bytes = append(p.bytes, float64(s.bytes)/k)
}

// repsFor returns how many timing repetitions a ladder size gets, and
// whether each batch warms up first, given what one call takes. Calls of
// 10 ms and more get three repetitions and no warm-up: their samples are long
// enough to say as much, a warm-up changes little against them, and together
// they keep the growth analysis of a problem to about a second.
func (r *run) repsFor(single time.Duration) (int, bool) {
	reps := max(r.job.Reps, 1)
	if single >= 10*time.Millisecond {
		return min(reps, 3), false
	}
	return reps, true
}

// copiesFor returns how many fresh copies of an input of size bytes a batch
// of k calls gets: one per call, as long as they fit in the copy budget;
// past it, the calls share the copies in turn.
func (r *run) copiesFor(size int64, k int) int {
	return int(min(int64(k), max(r.job.CopyBudget/size, 1)))
}

// sizeOf returns the bytes a copy of args takes, at least 1.
func (r *run) sizeOf(args []reflect.Value) int64 {
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	one := copyArgs(args)
	runtime.ReadMemStats(&m1)
	runtime.KeepAlive(one)
	return int64(m1.TotalAlloc-m0.TotalAlloc) + 1
}

// Median returns the median of xs, 0 for none.
func Median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// designInput is a design case: the operations and each one's arguments,
// typed for the reference.
type designInput struct {
	names []string
	ops   []int
	args  [][]reflect.Value
}

func (r *run) methodIndex(name string, step int) (int, error) {
	if step == 0 {
		if name != r.spec.Methods[0] {
			return 0, fmt.Errorf("the first operation must be %s", r.spec.Methods[0])
		}
		return 0, nil
	}
	for m, n := range r.spec.Methods[1:] {
		if n == name {
			return m + 1, nil
		}
	}
	return 0, fmt.Errorf("op %d: no method %s", step, name)
}

func (r *run) decodeOps(raw []json.RawMessage) (designInput, error) {
	var in designInput
	var lists [][]json.RawMessage
	if err := json.Unmarshal(raw[0], &in.names); err != nil {
		return in, fmt.Errorf("ops: %w", err)
	}
	if err := json.Unmarshal(raw[1], &lists); err != nil || len(lists) != len(in.names) {
		return in, fmt.Errorf("args: want one list of arguments per operation")
	}
	for step, name := range in.names {
		m, err := r.methodIndex(name, step)
		if err != nil {
			return in, err
		}
		cols := r.dRef.args[m]
		if len(lists[step]) != len(cols) {
			return in, fmt.Errorf("op %d: %s takes %d arguments, got %d", step, name, len(cols), len(lists[step]))
		}
		vals := make([]reflect.Value, len(cols))
		for j, col := range cols {
			v, err := kit.Decode(lists[step][j], col.Type().Elem())
			if err != nil {
				return in, fmt.Errorf("op %d: %s: %w", step, name, err)
			}
			vals[j] = v
		}
		in.ops = append(in.ops, m)
		in.args = append(in.args, vals)
	}
	return in, nil
}

func (r *run) opsFromGen(o kit.Ops) (designInput, error) {
	in := designInput{names: o.Names}
	for step, name := range o.Names {
		m, err := r.methodIndex(name, step)
		if err != nil {
			return in, err
		}
		cols := r.dRef.args[m]
		if len(o.Args[step]) != len(cols) {
			return in, fmt.Errorf("op %d: %s takes %d arguments", step, name, len(cols))
		}
		vals := make([]reflect.Value, len(cols))
		for j, col := range cols {
			v, err := kit.Convert(reflect.ValueOf(o.Args[step][j]), col.Type().Elem())
			if err != nil {
				return in, fmt.Errorf("op %d: %w", step, err)
			}
			vals[j] = v
		}
		in.ops = append(in.ops, m)
		in.args = append(in.args, vals)
	}
	return in, nil
}

func (r *run) decodeDesignWant(in designInput, raw json.RawMessage) ([]reflect.Value, error) {
	var list []json.RawMessage
	if err := json.Unmarshal(raw, &list); err != nil || len(list) != len(in.ops) {
		return nil, fmt.Errorf("want: one result per operation")
	}
	want := make([]reflect.Value, len(list))
	for step, m := range in.ops {
		col := r.dRef.res[m]
		if !col.IsValid() {
			continue
		}
		v, err := kit.Decode(list[step], col.Type().Elem())
		if err != nil {
			return nil, fmt.Errorf("want[%d]: %w", step, err)
		}
		want[step] = v
	}
	return want, nil
}

// opString writes step i as a call: Get(2).
func (in designInput) opString(i int) string {
	var parts []string
	for _, a := range in.args[i] {
		parts = append(parts, kit.Format(a, 80))
	}
	return in.names[i] + "(" + strings.Join(parts, ", ") + ")"
}

func (r *run) judgeDesign(i int, in designInput, want []reflect.Value, scale bool) bool {
	steps := len(in.ops)
	var refTime time.Duration
	if want == nil {
		r.dRef.load(in.ops, in.args)
		runtime.GC()
		s, cr := timed(r.dRef.caller, 0, steps)
		if cr != nil {
			r.fail(fmt.Errorf("harness: the reference panicked on case %s: %s\n%s", r.plan[i].Name, cr.value, cr.stack))
		}
		refTime = s.cost()
		want = make([]reflect.Value, steps)
		for step, m := range in.ops {
			if v := r.dRef.result(step, m); v.IsValid() {
				want[step] = kit.Copy(v)
			}
		}
	}
	limit := r.limit(refTime)
	userArgs := make([][]reflect.Value, steps)
	for step, m := range in.ops {
		types := make([]reflect.Type, len(r.dUser.args[m]))
		for j, col := range r.dUser.args[m] {
			types[j] = col.Type().Elem()
		}
		userArgs[step] = convertArgs(in.args[step], types)
	}
	r.dUser.load(in.ops, userArgs)
	runtime.GC()
	goroutines := runtime.NumGoroutine()
	r.emit(Event{Ev: EvRun, Case: i, LimitNS: int64(limit), Input: r.designArgs(in)})
	s, cr := timed(r.dUser.caller, 0, steps)
	res := Event{Ev: EvResult, Case: i, LimitNS: int64(limit), TimeNS: int64(s.wall), CPUNS: int64(s.cpu),
		Allocs: s.allocs, Bytes: s.bytes, RefNS: int64(refTime)}
	r.checkGoroutines(goroutines)
	// A panic at step k comes after steps 0..k-1 returned: a wrong answer
	// among those is the first sign of the bug, so it is reported first.
	checked := steps
	if cr != nil {
		checked = int(r.dUser.step.Int())
	}
	if s.over(limit) && cr == nil {
		res.Verdict, res.Message = "TLE", fmt.Sprintf("%d operations: %s", steps, s.overWords(limit))
	} else if !r.compareSteps(&res, in, want, checked) && cr != nil {
		step := checked
		res.Verdict, res.Stack = "RE", cr.stack
		res.Message = fmt.Sprintf("op %d: %s panicked: %s", step, in.opString(step), cr.value)
	}
	if res.Verdict != "AC" || r.plan[i].Kind == "sample" || r.plan[i].Kind == "custom" {
		res.Input = r.designArgs(in)
		if res.Want == "" {
			res.Want = r.designResults(want)
		}
	}
	r.emit(res)
	if res.Verdict == "AC" && scale && r.job.Growth {
		r.timeDesign(i, in, userArgs, s)
	}
	return res.Verdict == "AC"
}

// compareSteps compares the results of steps 0..n-1 with want and records
// the first difference as a wrong answer. It reports whether it found one;
// with none, the verdict is AC.
func (r *run) compareSteps(res *Event, in designInput, want []reflect.Value, n int) bool {
	res.Verdict = "AC"
	for step := 0; step < n; step++ {
		m := in.ops[step]
		if !want[step].IsValid() {
			continue
		}
		got, err := kit.Convert(r.dUser.result(step, m), want[step].Type())
		if err != nil {
			res.Verdict, res.Message = "WA", fmt.Sprintf("op %d: %s: %s", step, in.opString(step), err)
			return true
		}
		if !kit.Equal(want[step], got) {
			res.Verdict = "WA"
			res.Message = fmt.Sprintf("op %d: %s = %s, want %s", step, in.opString(step), kit.Format(got, 200), kit.Format(want[step], 200))
			res.Got, res.Want = kit.Format(got, shown), kit.Format(want[step], shown)
			return true
		}
	}
	return false
}

func (r *run) designArgs(in designInput) []Arg {
	lists := make([]string, len(in.args))
	for i, a := range in.args {
		var parts []string
		for _, v := range a {
			parts = append(parts, kit.Format(v, 80))
		}
		lists[i] = "[" + strings.Join(parts, ",") + "]"
	}
	names := make([]string, len(in.names))
	for i, n := range in.names {
		names[i] = strconv.Quote(n)
	}
	return []Arg{
		{Name: "ops", Value: clip("["+strings.Join(names, ",")+"]", shown)},
		{Name: "args", Value: clip("["+strings.Join(lists, ",")+"]", shown)},
	}
}

func (r *run) designResults(want []reflect.Value) string {
	parts := make([]string, len(want))
	for i, w := range want {
		if w.IsValid() {
			parts[i] = kit.Format(w, 80)
		} else {
			parts[i] = "null"
		}
	}
	return clip("["+strings.Join(parts, ",")+"]", shown)
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + fmt.Sprintf("…(%d bytes in all)", len(s))
}

// timeDesign takes the timing samples of one ladder size of a design
// problem: the whole sequence of operations, user and reference in turn.
func (r *run) timeDesign(i int, in designInput, userArgs [][]reflect.Value, user sample) {
	steps := len(in.ops)
	r.dRef.load(in.ops, in.args)
	ref, _ := timed(r.dRef.caller, 0, steps)
	ku, kr := r.batch(user.wall), r.batch(ref.wall)
	// repeat runs the whole sequence k times, after one untimed run to warm
	// up, as for functions.
	reps, warmUp := r.repsFor(max(user.cost(), ref.cost()))
	repeat := func(site *designSite, args [][]reflect.Value, k int) (sample, int, *crash) {
		site.load(in.ops, args)
		runtime.GC()
		if warmUp {
			if _, cr := timed(site.caller, 0, steps); cr != nil {
				return sample{}, k, cr
			}
		}
		s, cr := timed(callerFunc(func(int, int) {
			for j := 0; j < k; j++ {
				site.caller.Call(0, steps)
			}
		}), 0, 1)
		return s, k, cr
	}
	r.timeSides(i, reps, r.limit(ref.cost())*time.Duration(ku+1),
		func() (sample, int, *crash) { return repeat(r.dUser, userArgs, ku) },
		func() (sample, int, *crash) { return repeat(r.dRef, in.args, kr) })
}

type callerFunc func(lo, hi int)

func (f callerFunc) Call(lo, hi int) { f(lo, hi) }
