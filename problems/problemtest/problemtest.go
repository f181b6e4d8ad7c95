// Package problemtest checks a problem's reference against its stored
// cases, for the reference_test.go of every problem package.
package problemtest

import (
	"encoding/json"
	"fmt"
	"reflect"
	"testing"

	"github.com/grindjudge/grind/problems"
	"github.com/grindjudge/grind/problems/kit"
)

// Stored loads the problem from the bank with its stored cases (samples and
// hidden), failing the test if it cannot or if there are none.
func Stored(t *testing.T, slug string) (*problems.Problem, []problems.Case) {
	t.Helper()
	cat, err := problems.Bank()
	if err != nil {
		t.Fatal(err)
	}
	p, err := cat.Problem(slug)
	if err != nil {
		t.Fatal(err)
	}
	cases, err := p.Cases()
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) < 1 {
		t.Fatalf("%s has no cases", slug)
	}
	return p, cases
}

// Cases runs fn, the reference, on every stored case of the problem and
// compares its answer with the expected one under the problem's answer
// mode. For an any-valid problem, check is the problem's checker; for a
// design problem, fn is the constructor and the methods are found on what
// it returns.
func Cases(t *testing.T, slug string, fn any, check ...any) {
	t.Helper()
	p, cases := Stored(t, slug)
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			if p.Signature.Design != nil {
				if msg := runDesign(p, fn, c); msg != "" {
					t.Error(msg)
				}
				return
			}
			if msg := runFunc(p, fn, c, check); msg != "" {
				t.Error(msg)
			}
		})
	}
}

func runFunc(p *problems.Problem, fn any, c problems.Case, check []any) string {
	f := reflect.ValueOf(fn)
	ft := f.Type()
	if ft.NumIn() != len(c.Args) {
		return fmt.Sprintf("the reference takes %d arguments, the case has %d", ft.NumIn(), len(c.Args))
	}
	args := make([]reflect.Value, len(c.Args))
	for i, raw := range c.Args {
		v, err := kit.Decode(raw, ft.In(i))
		if err != nil {
			return fmt.Sprintf("argument %d: %v", i, err)
		}
		args[i] = v
	}
	pristine := make([]reflect.Value, len(args))
	for i, a := range args {
		pristine[i] = kit.Copy(a)
	}
	out := f.Call(args)
	var got reflect.Value
	if p.Answer == kit.InPlace {
		for i, prm := range p.Signature.Func.Params {
			if prm.Name == p.Mutates {
				got = args[i]
			}
		}
	} else {
		got = out[0]
	}
	want, err := kit.Decode(c.Want, got.Type())
	if err != nil {
		return fmt.Sprintf("want: %v", err)
	}
	if p.Answer == kit.AnyValid {
		if len(check) != 1 {
			return "an any-valid problem's test passes its checker to Cases"
		}
		res := reflect.ValueOf(check[0]).Call(append(pristine, want, got))
		if err, _ := res[0].Interface().(error); err != nil {
			return fmt.Sprintf("the checker rejects the reference's answer %s: %v", kit.Format(got, 200), err)
		}
		// The checker must also accept the stored answer itself.
		res = reflect.ValueOf(check[0]).Call(append(pristine, want, want))
		if err, _ := res[0].Interface().(error); err != nil {
			return fmt.Sprintf("the checker rejects the stored answer %s: %v", kit.Format(want, 200), err)
		}
		return ""
	}
	if d := kit.Diff(p.Answer, want, got); d != "" {
		return fmt.Sprintf("reference: %s (got %s, want %s)", d, kit.Format(got, 200), kit.Format(want, 200))
	}
	return ""
}

func runDesign(p *problems.Problem, ctor any, c problems.Case) string {
	var ops []string
	var lists [][]json.RawMessage
	var wants []json.RawMessage
	if err := json.Unmarshal(c.Args[0], &ops); err != nil {
		return err.Error()
	}
	if err := json.Unmarshal(c.Args[1], &lists); err != nil {
		return err.Error()
	}
	if err := json.Unmarshal(c.Want, &wants); err != nil {
		return err.Error()
	}
	var obj reflect.Value
	for i, op := range ops {
		var f reflect.Value
		if i == 0 {
			f = reflect.ValueOf(ctor)
		} else {
			f = obj.MethodByName(op)
			if !f.IsValid() {
				return fmt.Sprintf("op %d: the reference has no method %s", i, op)
			}
		}
		args := make([]reflect.Value, len(lists[i]))
		for j, raw := range lists[i] {
			v, err := kit.Decode(raw, f.Type().In(j))
			if err != nil {
				return fmt.Sprintf("op %d: %v", i, err)
			}
			args[j] = v
		}
		out := f.Call(args)
		if i == 0 {
			obj = out[0]
			continue
		}
		if len(out) == 0 {
			continue
		}
		want, err := kit.Decode(wants[i], out[0].Type())
		if err != nil {
			return fmt.Sprintf("want[%d]: %v", i, err)
		}
		if !kit.Equal(want, out[0]) {
			return fmt.Sprintf("op %d: %s = %s, want %s", i, op, kit.Format(out[0], 100), kit.Format(want, 100))
		}
	}
	return ""
}
