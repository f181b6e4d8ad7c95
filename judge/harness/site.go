package harness

import (
	"fmt"
	"reflect"
	"strconv"
)

// Caller is implemented by the structs the judge generates: one calls the
// user's code, one the reference, on argument columns the harness fills.
//
// For a function problem the struct has fields A0, A1, ... (a slice per
// parameter), R0 (a slice for the result, unless the function returns
// nothing) and N; Call(lo, hi) makes calls lo..hi-1, call i on the inputs at
// i % N, so a timing sample can repeat a few fresh copies many times.
//
// For a design problem the struct has Op (the method of each step, 0 being
// the constructor), columns A<m>_<j> for the j-th argument of method m, R<m>
// for its result, and Step, which Call sets before each step so a panic can
// be traced to its operation. Call(lo, hi) runs steps lo..hi-1.
type Caller interface {
	Call(lo, hi int)
}

// fnSite fills and reads the columns of a function problem's Caller.
type fnSite struct {
	caller Caller
	v      reflect.Value
	args   []reflect.Value // the A<i> fields
	res    reflect.Value   // the R0 field, or invalid
	n      reflect.Value   // the N field
}

func newFnSite(c Caller, params int) (*fnSite, error) {
	v := reflect.ValueOf(c).Elem()
	s := &fnSite{caller: c, v: v, n: v.FieldByName("N")}
	for i := 0; i < params; i++ {
		f := v.FieldByName("A" + strconv.Itoa(i))
		if !f.IsValid() {
			return nil, fmt.Errorf("harness: caller %s has no field A%d", v.Type(), i)
		}
		s.args = append(s.args, f)
	}
	s.res = v.FieldByName("R0")
	if !s.n.IsValid() {
		return nil, fmt.Errorf("harness: caller %s has no field N", v.Type())
	}
	return s, nil
}

// argTypes returns the types of the parameters.
func (s *fnSite) argTypes() []reflect.Type {
	ts := make([]reflect.Type, len(s.args))
	for i, a := range s.args {
		ts[i] = a.Type().Elem()
	}
	return ts
}

// load puts copies of the inputs in the columns: copies[i] holds the
// arguments of call i.
func (s *fnSite) load(copies [][]reflect.Value) {
	k := len(copies)
	for j, col := range s.args {
		if col.Cap() >= k {
			col.SetLen(k)
		} else {
			col.Set(reflect.MakeSlice(col.Type(), k, k))
		}
		for i := range copies {
			col.Index(i).Set(copies[i][j])
		}
	}
	if s.res.IsValid() {
		if s.res.Cap() >= k {
			s.res.SetLen(k)
		} else {
			s.res.Set(reflect.MakeSlice(s.res.Type(), k, k))
		}
	}
	s.n.SetInt(int64(k))
}

// result returns the answer of call i: its result, or for an in-place
// problem the argument it changed.
func (s *fnSite) result(i, mutates int) reflect.Value {
	if mutates >= 0 {
		return s.args[mutates].Index(i)
	}
	return s.res.Index(i)
}

// clear drops the references the columns hold, so big inputs can be freed.
func (s *fnSite) clear() {
	for _, col := range append(append([]reflect.Value(nil), s.args...), s.res) {
		if col.IsValid() {
			col.Set(reflect.Zero(col.Type()))
		}
	}
}

// designSite fills and reads the columns of a design problem's Caller.
type designSite struct {
	caller Caller
	v      reflect.Value
	op     reflect.Value
	step   reflect.Value
	args   [][]reflect.Value // per method, its argument columns
	res    []reflect.Value   // per method, its result column or invalid
}

func newDesignSite(c Caller, methods []string) (*designSite, error) {
	v := reflect.ValueOf(c).Elem()
	s := &designSite{caller: c, v: v, op: v.FieldByName("Op"), step: v.FieldByName("Step")}
	if !s.op.IsValid() || !s.step.IsValid() {
		return nil, fmt.Errorf("harness: caller %s has no Op or Step", v.Type())
	}
	for m := range methods {
		var cols []reflect.Value
		for j := 0; ; j++ {
			f := v.FieldByName("A" + strconv.Itoa(m) + "_" + strconv.Itoa(j))
			if !f.IsValid() {
				break
			}
			cols = append(cols, f)
		}
		s.args = append(s.args, cols)
		s.res = append(s.res, v.FieldByName("R"+strconv.Itoa(m)))
	}
	return s, nil
}

// load sizes every column for the steps and fills the op column and each
// step's arguments.
func (s *designSite) load(ops []int, args [][]reflect.Value) {
	n := len(ops)
	s.op.Set(reflect.ValueOf(ops))
	for m := range s.args {
		for _, col := range s.args[m] {
			col.Set(reflect.MakeSlice(col.Type(), n, n))
		}
		if s.res[m].IsValid() {
			s.res[m].Set(reflect.MakeSlice(s.res[m].Type(), n, n))
		}
	}
	for i, m := range ops {
		for j, a := range args[i] {
			s.args[m][j].Index(i).Set(a)
		}
	}
}

// result returns the result of step i, or invalid when the step's method
// returns nothing.
func (s *designSite) result(i, method int) reflect.Value {
	if !s.res[method].IsValid() {
		return reflect.Value{}
	}
	return s.res[method].Index(i)
}
