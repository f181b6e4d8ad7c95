package problems

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/printer"
	"go/token"
	"strings"
)

// Signature is the parsed Go signature of a problem: one function, or for a
// design problem a type with a constructor and methods.
type Signature struct {
	Func   *Func   // a function problem; nil for a design problem
	Design *Design // a design problem; nil for a function problem
}

// Func is one function or method of a signature.
type Func struct {
	Name    string
	Recv    string // the receiver's type name for a method, "" otherwise
	RecvVar string // the receiver's variable name, as written
	Params  []Param
	Results []Param // names may be empty
	src     string  // the declaration as written, when parsed from source
}

// Param is one parameter or result with its Go type, as written.
type Param struct {
	Name string
	Type string
	Expr ast.Expr
}

// Design is the type of a design problem with its constructor and methods.
type Design struct {
	Type        string
	Constructor *Func
	Methods     []*Func
}

// ParseSignature parses a signature as problem.yaml writes it: one function
// declaration, or for a design problem a constructor and methods, one
// declaration per line.
//
//	func NewLRUCache(capacity int) *LRUCache
//	func (c *LRUCache) Get(key int) int
func ParseSignature(src string) (*Signature, error) {
	file, err := parser.ParseFile(token.NewFileSet(), "signature.go", "package p\n"+src, 0)
	if err != nil {
		return nil, fmt.Errorf("signature does not parse: %w", err)
	}
	var funcs, methods []*Func
	for _, d := range file.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok {
			continue // type declarations only document the type
		}
		f := funcOf(fd)
		if f.Recv != "" {
			methods = append(methods, f)
		} else {
			funcs = append(funcs, f)
		}
	}
	switch {
	case len(methods) == 0 && len(funcs) == 1:
		return &Signature{Func: funcs[0]}, nil
	case len(methods) > 0 && len(funcs) == 1:
		d := &Design{Type: methods[0].Recv, Constructor: funcs[0], Methods: methods}
		if len(funcs[0].Results) != 1 || funcs[0].Results[0].Type != "*"+d.Type {
			return nil, fmt.Errorf("signature: constructor %s must return *%s", funcs[0].Name, d.Type)
		}
		for _, m := range methods {
			if m.Recv != d.Type {
				return nil, fmt.Errorf("signature: method %s is on %s, want %s", m.Name, m.Recv, d.Type)
			}
			if len(m.Results) > 1 {
				return nil, fmt.Errorf("signature: method %s returns more than one value", m.Name)
			}
		}
		return &Signature{Design: d}, nil
	}
	return nil, fmt.Errorf("signature: want one function, or one constructor and its methods")
}

func funcOf(fd *ast.FuncDecl) *Func {
	f := &Func{Name: fd.Name.Name, Params: fields(fd.Type.Params), Results: fields(fd.Type.Results)}
	var b bytes.Buffer
	if printer.Fprint(&b, token.NewFileSet(), &ast.FuncDecl{Recv: fd.Recv, Name: fd.Name, Type: fd.Type}) == nil {
		f.src = b.String()
	}
	if fd.Recv != nil && len(fd.Recv.List) == 1 {
		if names := fd.Recv.List[0].Names; len(names) == 1 {
			f.RecvVar = names[0].Name
		}
		t := fd.Recv.List[0].Type
		if star, ok := t.(*ast.StarExpr); ok {
			t = star.X
		}
		if id, ok := t.(*ast.Ident); ok {
			f.Recv = id.Name
		}
	}
	return f
}

func fields(list *ast.FieldList) []Param {
	if list == nil {
		return nil
	}
	var ps []Param
	for _, field := range list.List {
		typ := ExprString(field.Type)
		if len(field.Names) == 0 {
			ps = append(ps, Param{Type: typ, Expr: field.Type})
		}
		for _, n := range field.Names {
			ps = append(ps, Param{Name: n.Name, Type: typ, Expr: field.Type})
		}
	}
	return ps
}

// ExprString prints a type expression the way gofmt would.
func ExprString(e ast.Expr) string {
	var b bytes.Buffer
	_ = printer.Fprint(&b, token.NewFileSet(), e)
	return b.String()
}

// String writes the function as Go, as the signature writes it:
// "func TwoSum(nums []int, target int) []int".
func (f *Func) String() string {
	if f.src != "" {
		return f.src
	}
	var b strings.Builder
	b.WriteString("func ")
	if f.Recv != "" {
		v := f.RecvVar
		if v == "" {
			v = strings.ToLower(f.Recv[:1])
		}
		fmt.Fprintf(&b, "(%s *%s) ", v, f.Recv)
	}
	b.WriteString(f.Name)
	b.WriteString(f.TypeString())
	return b.String()
}

// TypeString writes the parameters and results: "(nums []int, target int) []int".
func (f *Func) TypeString() string {
	var b strings.Builder
	b.WriteString("(")
	for i, p := range f.Params {
		if i > 0 {
			b.WriteString(", ")
		}
		if p.Name != "" {
			b.WriteString(p.Name + " ")
		}
		b.WriteString(p.Type)
	}
	b.WriteString(")")
	switch len(f.Results) {
	case 0:
	case 1:
		b.WriteString(" " + f.Results[0].Type)
	default:
		var rs []string
		for _, r := range f.Results {
			rs = append(rs, r.Type)
		}
		b.WriteString(" (" + strings.Join(rs, ", ") + ")")
	}
	return b.String()
}

// Funcs returns every function of the signature: the one function, or the
// constructor followed by the methods.
func (s *Signature) Funcs() []*Func {
	if s.Func != nil {
		return []*Func{s.Func}
	}
	return append([]*Func{s.Design.Constructor}, s.Design.Methods...)
}

// Uses reports whether a parameter or result of the signature mentions the
// named type, such as TreeNode.
func (s *Signature) Uses(typeName string) bool {
	for _, f := range s.Funcs() {
		for _, p := range append(append([]Param(nil), f.Params...), f.Results...) {
			found := false
			ast.Inspect(p.Expr, func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok && id.Name == typeName {
					found = true
				}
				return !found
			})
			if found {
				return true
			}
		}
	}
	return false
}

// String writes the signature back as Go declarations, one per line.
func (s *Signature) String() string {
	var lines []string
	for _, f := range s.Funcs() {
		lines = append(lines, f.String())
	}
	return strings.Join(lines, "\n")
}
