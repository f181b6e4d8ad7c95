package problems

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/ast"
	"io/fs"
	"path"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

type caseFile struct {
	Name   string         `yaml:"name"`
	Sample bool           `yaml:"sample"`
	In     map[string]any `yaml:"in"`
	Want   yaml.Node      `yaml:"want"`
}

var caseName = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

// Cases returns the hand-written cases of cases.yaml, samples first as
// written. They are read and checked against the signature on first use.
func (p *Problem) Cases() ([]Case, error) {
	p.casesOnce.Do(func() { p.cases, p.casesErr = p.loadCases() })
	return p.cases, p.casesErr
}

// Samples returns the cases marked sample.
func (p *Problem) Samples() ([]Case, error) {
	all, err := p.Cases()
	if err != nil {
		return nil, err
	}
	var out []Case
	for _, c := range all {
		if c.Sample {
			out = append(out, c)
		}
	}
	return out, nil
}

func (p *Problem) loadCases() ([]Case, error) {
	file := path.Join(p.Slug, "cases.yaml")
	data, err := fs.ReadFile(p.fsys, file)
	if err != nil {
		return nil, err
	}
	var raw []caseFile
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&raw); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	seen := map[string]bool{}
	var cases []Case
	for i, rc := range raw {
		where := fmt.Sprintf("%s: case %d (%s)", file, i+1, rc.Name)
		if !caseName.MatchString(rc.Name) {
			return nil, fmt.Errorf("%s: a case name is lowercase words joined by dashes", where)
		}
		if seen[rc.Name] {
			return nil, fmt.Errorf("%s: the name is used twice", where)
		}
		seen[rc.Name] = true
		if rc.Want.Kind == 0 {
			return nil, fmt.Errorf("%s: want is missing", where)
		}
		var want any
		if err := rc.Want.Decode(&want); err != nil {
			return nil, fmt.Errorf("%s: want: %w", where, err)
		}
		c := Case{Name: rc.Name, Sample: rc.Sample}
		if c.Args, err = p.ArgsFromMap(rc.In); err != nil {
			return nil, fmt.Errorf("%s: %w", where, err)
		}
		if c.Want, err = json.Marshal(want); err != nil {
			return nil, fmt.Errorf("%s: want: %w", where, err)
		}
		if err := p.CheckWant(c.Args, c.Want); err != nil {
			return nil, fmt.Errorf("%s: %w", where, err)
		}
		cases = append(cases, c)
	}
	if len(cases) == 0 || !cases[0].Sample {
		return nil, fmt.Errorf("%s: the first case must be a sample", file)
	}
	return cases, nil
}

// ParamNames returns the names a case's arguments go by: the function's
// parameters, or "ops" and "args" for a design problem.
func (p *Problem) ParamNames() []string {
	if p.Signature.Design != nil {
		return []string{"ops", "args"}
	}
	var names []string
	for _, prm := range p.Signature.Func.Params {
		names = append(names, prm.Name)
	}
	return names
}

// ArgsFromMap orders a case's arguments, given by parameter name, as the
// signature does, and checks each against its type.
func (p *Problem) ArgsFromMap(in map[string]any) ([]json.RawMessage, error) {
	names := p.ParamNames()
	for name := range in {
		if index(names, name) == len(names) {
			return nil, fmt.Errorf("no parameter %q; the parameters are %s", name, strings.Join(names, ", "))
		}
	}
	list := make([]any, len(names))
	for i, name := range names {
		v, ok := in[name]
		if !ok {
			return nil, fmt.Errorf("argument %s is missing", name)
		}
		list[i] = v
	}
	return p.ArgsFromList(list)
}

// ArgsFromList checks arguments given in the signature's order.
func (p *Problem) ArgsFromList(list []any) ([]json.RawMessage, error) {
	names := p.ParamNames()
	if len(list) != len(names) {
		return nil, fmt.Errorf("%d arguments given, want %d (%s)", len(list), len(names), p.paramList())
	}
	out := make([]json.RawMessage, len(list))
	for i, v := range list {
		data, err := json.Marshal(v)
		if err != nil {
			return nil, fmt.Errorf("argument %s: %w", names[i], err)
		}
		out[i] = data
	}
	if d := p.Signature.Design; d != nil {
		return out, p.checkOps(out)
	}
	for i, prm := range p.Signature.Func.Params {
		if err := CheckNotation(out[i], prm.Expr); err != nil {
			return nil, fmt.Errorf("argument %s: %w", prm.Name, err)
		}
	}
	return out, nil
}

func (p *Problem) paramList() string {
	if p.Signature.Design != nil {
		return "ops, args"
	}
	var parts []string
	for _, prm := range p.Signature.Func.Params {
		parts = append(parts, prm.Name+" "+prm.Type)
	}
	return strings.Join(parts, ", ")
}

// ParseArgs reads arguments as a user types them for grind test --case:
// either a JSON object by parameter name, {"nums": [2,7], "target": 9}, or
// the values in order separated by commas, [2,7], 9.
func (p *Problem) ParseArgs(s string) ([]json.RawMessage, error) {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "{") {
		var in map[string]any
		if err := json.Unmarshal([]byte(s), &in); err == nil {
			return p.ArgsFromMap(in)
		}
	}
	var list []any
	if err := json.Unmarshal([]byte("["+s+"]"), &list); err != nil {
		return nil, fmt.Errorf("%q is not valid notation: write the arguments in order, like %s, or as an object by name", s, p.exampleArgs())
	}
	return p.ArgsFromList(list)
}

func (p *Problem) exampleArgs() string {
	cases, err := p.Samples()
	if err != nil || len(cases) == 0 {
		return "[1,2,3], 4"
	}
	var parts []string
	for _, a := range cases[0].Args {
		parts = append(parts, string(a))
	}
	return strings.Join(parts, ", ")
}

func (p *Problem) checkOps(args []json.RawMessage) error {
	d := p.Signature.Design
	var ops []string
	if err := json.Unmarshal(args[0], &ops); err != nil {
		return fmt.Errorf("ops: want a list of operation names")
	}
	var opArgs []json.RawMessage
	if err := json.Unmarshal(args[1], &opArgs); err != nil {
		return fmt.Errorf("args: want a list with each operation's arguments")
	}
	if len(ops) != len(opArgs) {
		return fmt.Errorf("%d ops but %d argument lists", len(ops), len(opArgs))
	}
	if len(ops) == 0 || ops[0] != d.Type {
		return fmt.Errorf("ops: the first operation must be %q, which constructs it", d.Type)
	}
	for i, op := range ops {
		f, err := p.Method(op, i)
		if err != nil {
			return err
		}
		var list []json.RawMessage
		if err := json.Unmarshal(opArgs[i], &list); err != nil || len(list) != len(f.Params) {
			return fmt.Errorf("op %d: %s takes %d arguments, got %s", i, op, len(f.Params), opArgs[i])
		}
		for j, prm := range f.Params {
			if err := CheckNotation(list[j], prm.Expr); err != nil {
				return fmt.Errorf("op %d: %s argument %s: %w", i, op, prm.Name, err)
			}
		}
	}
	return nil
}

// Method returns the function an operation of a design case calls: the
// constructor for the first operation, named by the type, and the method of
// that name otherwise.
func (p *Problem) Method(op string, i int) (*Func, error) {
	d := p.Signature.Design
	if i == 0 {
		if op != d.Type {
			return nil, fmt.Errorf("op 0: the first operation must be %q", d.Type)
		}
		return d.Constructor, nil
	}
	for _, m := range d.Methods {
		if m.Name == op {
			return m, nil
		}
	}
	var names []string
	for _, m := range d.Methods {
		names = append(names, m.Name)
	}
	return nil, fmt.Errorf("op %d: %s has no method %q (it has %s)", i, d.Type, op, strings.Join(names, ", "))
}

// CheckWant checks an expected answer against the type the function returns
// (or, for an in-place problem, the type of the argument it changes).
func (p *Problem) CheckWant(args []json.RawMessage, want json.RawMessage) error {
	if d := p.Signature.Design; d != nil {
		var ops []string
		var results []json.RawMessage
		_ = json.Unmarshal(args[0], &ops)
		if err := json.Unmarshal(want, &results); err != nil || len(results) != len(ops) {
			return fmt.Errorf("want: a design case wants one result per operation (%d), null where none", len(ops))
		}
		for i, op := range ops {
			f, _ := p.Method(op, i)
			if i == 0 || len(f.Results) == 0 {
				if string(results[i]) != "null" {
					return fmt.Errorf("want[%d]: %s returns nothing, want null", i, op)
				}
				continue
			}
			if err := CheckNotation(results[i], f.Results[0].Expr); err != nil {
				return fmt.Errorf("want[%d]: %w", i, err)
			}
		}
		return nil
	}
	f := p.Signature.Func
	expr := ast.Expr(nil)
	if p.Mutates != "" {
		for _, prm := range f.Params {
			if prm.Name == p.Mutates {
				expr = prm.Expr
			}
		}
	} else {
		expr = f.Results[0].Expr
	}
	if err := CheckNotation(want, expr); err != nil {
		return fmt.Errorf("want: %w", err)
	}
	return nil
}

// CheckNotation checks that a value in notation fits a Go type expression of
// a signature: int, float64, string, bool, slices of them, *TreeNode and
// *ListNode.
func CheckNotation(data json.RawMessage, typ ast.Expr) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var x any
	if err := dec.Decode(&x); err != nil {
		return fmt.Errorf("not valid notation: %w", err)
	}
	return checkValue(x, typ, "")
}

func checkValue(x any, typ ast.Expr, where string) error {
	fail := func(want string) error {
		shown, _ := json.Marshal(x)
		if len(shown) > 40 {
			shown = append(shown[:37:37], "..."...)
		}
		if where != "" {
			return fmt.Errorf("%s: want %s, got %s", where, want, shown)
		}
		return fmt.Errorf("want %s, got %s", want, shown)
	}
	switch t := typ.(type) {
	case *ast.ArrayType:
		if x == nil {
			return nil
		}
		items, ok := x.([]any)
		if !ok {
			return fail("a list")
		}
		for i, item := range items {
			if err := checkValue(item, t.Elt, where+"["+strconv.Itoa(i)+"]"); err != nil {
				return err
			}
		}
		return nil
	case *ast.StarExpr:
		items, ok := x.([]any)
		if !ok && x != nil {
			return fail("a level-order list")
		}
		for i, item := range items {
			if item == nil && ExprString(t.X) == "TreeNode" && i > 0 {
				continue
			}
			if _, ok := item.(json.Number); !ok {
				return fail("a list of integers")
			}
		}
		return nil
	case *ast.Ident:
		switch t.Name {
		case "int", "int64", "int32", "uint", "uint64", "byte", "rune":
			n, ok := x.(json.Number)
			if !ok {
				return fail(t.Name)
			}
			if _, err := strconv.ParseInt(string(n), 10, 64); err != nil {
				f, err := strconv.ParseFloat(string(n), 64)
				if err != nil || f != float64(int64(f)) {
					return fail(t.Name)
				}
			}
		case "float64", "float32":
			if _, ok := x.(json.Number); !ok {
				return fail(t.Name)
			}
		case "string":
			if _, ok := x.(string); !ok {
				return fail("a string")
			}
		case "bool":
			if _, ok := x.(bool); !ok {
				return fail("true or false")
			}
		default:
			return fmt.Errorf("type %s has no notation", t.Name)
		}
		return nil
	}
	return fmt.Errorf("type %s has no notation", ExprString(typ))
}
