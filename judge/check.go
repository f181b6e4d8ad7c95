package judge

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"strconv"
	"strings"

	"github.com/grindjudge/grind/problems"
)

// CompileError is a solution that does not build: the static check's
// findings or the compiler's messages, with the user's own file paths.
type CompileError struct {
	Messages []string
}

func (e *CompileError) Error() string { return strings.Join(e.Messages, "\n") }

// allowed is the standard library a solution may import: what algorithms
// need, nothing that reaches files, processes, the network or memory
// directly.
var allowed = setOf(
	"bufio", "bytes", "cmp", "container/heap", "container/list", "container/ring",
	"encoding/binary", "encoding/json", "errors", "fmt", "hash", "hash/crc32",
	"hash/fnv", "hash/maphash", "io", "iter", "log", "maps", "math", "math/big",
	"math/bits", "math/cmplx", "math/rand", "math/rand/v2", "reflect", "regexp",
	"runtime", "slices", "sort", "strconv", "strings", "sync", "sync/atomic",
	"text/tabwriter", "time", "unicode", "unicode/utf16", "unicode/utf8", "unique",
)

// denied explains the standard packages people reach for that a solution
// may not use.
var denied = map[string]string{
	"os":            "solutions cannot touch files, processes or the environment",
	"os/exec":       "solutions cannot start processes",
	"os/signal":     "solutions cannot handle signals",
	"io/ioutil":     "solutions cannot read or write files",
	"path/filepath": "solutions cannot walk the file system",
	"net":           "solutions cannot use the network",
	"net/http":      "solutions cannot use the network",
	"syscall":       "solutions cannot make system calls",
	"unsafe":        "solutions cannot use unsafe memory access",
	"plugin":        "solutions cannot load plugins",
	"runtime/debug": "solutions cannot change the runtime's limits",
	"runtime/cgo":   "cgo is not available: grind builds with CGO_ENABLED=0",
	"testing":       "a solution is not a test; put tests in a _test.go file",
	"embed":         "solutions cannot embed files",
}

func setOf(items ...string) map[string]bool {
	m := map[string]bool{}
	for _, s := range items {
		m[s] = true
	}
	return m
}

// checked is what the static check learned about a solution.
type checked struct {
	pkgName  map[string]token.Pos // file name -> position of the package name
	defines  map[string]bool      // top-level type names the solution declares
	fileSets map[string]*token.FileSet
}

// staticCheck reads the solution with go/parser and reports, before any
// build, what the compiler would say less clearly or not at all: syntax
// errors, a missing or mistyped function, imports that are not allowed
// (including import "C", which CGO_ENABLED=0 would silently drop).
func staticCheck(p *problems.Problem, sol *Solution) (*checked, error) {
	ck := &checked{pkgName: map[string]token.Pos{}, defines: map[string]bool{}, fileSets: map[string]*token.FileSet{}}
	var msgs []string
	funcs := map[string]*ast.FuncDecl{}   // functions by name
	methods := map[string]*ast.FuncDecl{} // methods by "Type.Name"
	types := map[string]*ast.TypeSpec{}
	where := map[ast.Node]*token.FileSet{}
	pkg, pkgFile := "", ""
	for _, f := range sol.Files {
		if len(bytes.TrimSpace(f.Data)) == 0 {
			msgs = append(msgs, fmt.Sprintf("%s is empty: write a package clause and your function (grind init %s --force starts over)", f.Path, p.Slug))
			continue
		}
		fset := token.NewFileSet()
		file, err := parser.ParseFile(fset, f.Path, f.Data, parser.SkipObjectResolution)
		if err != nil {
			if list, ok := err.(scanner.ErrorList); ok {
				for i, e := range list {
					if i == 10 {
						msgs = append(msgs, fmt.Sprintf("(and %d more)", len(list)-10))
						break
					}
					msgs = append(msgs, e.Error())
				}
			} else {
				msgs = append(msgs, err.Error())
			}
			continue
		}
		ck.pkgName[f.Name] = file.Name.Pos()
		ck.fileSets[f.Name] = fset
		if pkg == "" {
			pkg, pkgFile = file.Name.Name, f.Path
		} else if file.Name.Name != pkg {
			msgs = append(msgs, fmt.Sprintf("%s: package %s, but %s is package %s; a solution's files are one package", f.Path, file.Name.Name, pkgFile, pkg))
		}
		for _, imp := range file.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			if reason := importProblem(p, path); reason != "" {
				msgs = append(msgs, fmt.Sprintf("%s: import %q: %s", fset.Position(imp.Pos()), path, reason))
			}
		}
		for _, d := range file.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				where[d] = fset
				if d.Recv == nil {
					funcs[d.Name.Name] = d
				} else if recv := recvType(d); recv != "" {
					methods[recv+"."+d.Name.Name] = d
				}
			case *ast.GenDecl:
				for _, s := range d.Specs {
					if ts, ok := s.(*ast.TypeSpec); ok {
						types[ts.Name.Name] = ts
						ck.defines[ts.Name.Name] = true
						where[ts] = fset
					}
				}
			}
		}
	}
	if len(msgs) > 0 {
		return nil, &CompileError{Messages: msgs}
	}
	sig := p.Signature
	if d := sig.Design; d != nil {
		if _, ok := types[d.Type]; !ok {
			msgs = append(msgs, fmt.Sprintf("type %s is missing from %s: declare it, with its constructor and methods:\n%s", d.Type, sol.Dir, indent(sig.String())))
		}
		msgs = append(msgs, checkFunc(d.Constructor, funcs[d.Constructor.Name], where, "function")...)
		for _, m := range d.Methods {
			msgs = append(msgs, checkFunc(m, methods[d.Type+"."+m.Name], where, "method")...)
		}
	} else {
		msgs = append(msgs, checkFunc(sig.Func, funcs[sig.Func.Name], where, "function")...)
	}
	for _, node := range []struct{ name, want string }{
		{"TreeNode", "struct{ Val int; Left, Right *TreeNode }"},
		{"ListNode", "struct{ Val int; Next *ListNode }"},
	} {
		ts, ok := types[node.name]
		if !ok || !sig.Uses(node.name) {
			continue
		}
		if got := structShape(ts); got != node.want {
			msgs = append(msgs, fmt.Sprintf("%s: type %s must be %s so grind can build it from the input (found %s); or delete it and grind provides it",
				where[ts].Position(ts.Pos()), node.name, node.want, got))
		}
	}
	if len(msgs) > 0 {
		return nil, &CompileError{Messages: msgs}
	}
	return ck, nil
}

func importProblem(p *problems.Problem, path string) string {
	if path == "C" {
		return "cgo is not available: grind builds with CGO_ENABLED=0, so the file would be silently left out"
	}
	for _, f := range p.Forbid {
		if f == path {
			return "not allowed in this problem: " + p.Slug + " asks you to do that part yourself"
		}
	}
	if reason, ok := denied[path]; ok {
		return reason
	}
	if allowed[path] {
		return ""
	}
	if first, _, _ := strings.Cut(path, "/"); strings.Contains(first, ".") {
		return "not in the standard library; grind builds offline, with the standard library only"
	}
	return "not allowed in solutions; the allowed packages are the standard library's for algorithms (strings, sort, slices, container/heap, math, ...)"
}

func recvType(d *ast.FuncDecl) string {
	if len(d.Recv.List) != 1 {
		return ""
	}
	t := d.Recv.List[0].Type
	if s, ok := t.(*ast.StarExpr); ok {
		t = s.X
	}
	if id, ok := t.(*ast.Ident); ok {
		return id.Name
	}
	return ""
}

// checkFunc compares the user's declaration with the signature's.
func checkFunc(want *problems.Func, got *ast.FuncDecl, where map[ast.Node]*token.FileSet, kind string) []string {
	if got == nil {
		name := want.Name
		if want.Recv != "" {
			name = want.Recv + "." + want.Name
		}
		return []string{fmt.Sprintf("%s %s is missing; want:\n    %s", kind, name, want)}
	}
	have := &problems.Func{Name: got.Name.Name, Params: params(got.Type.Params), Results: params(got.Type.Results)}
	if got.Type.TypeParams != nil || !sameTypes(want.Params, have.Params) || !sameTypes(want.Results, have.Results) {
		if want.Recv != "" {
			have.Recv, have.RecvVar = want.Recv, want.RecvVar
		}
		return []string{fmt.Sprintf("%s: %s has the wrong signature\n    want: %s\n    have: %s",
			where[got].Position(got.Pos()), got.Name.Name, want, have)}
	}
	return nil
}

func params(list *ast.FieldList) []problems.Param {
	if list == nil {
		return nil
	}
	var ps []problems.Param
	for _, f := range list.List {
		t := problems.ExprString(f.Type)
		if len(f.Names) == 0 {
			ps = append(ps, problems.Param{Type: t})
		}
		for _, n := range f.Names {
			ps = append(ps, problems.Param{Name: n.Name, Type: t})
		}
	}
	return ps
}

func sameTypes(a, b []problems.Param) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Type != b[i].Type {
			return false
		}
	}
	return true
}

// structShape writes a struct type's fields the way the messages show the
// node types, so a node type is checked by comparing two strings.
func structShape(ts *ast.TypeSpec) string {
	st, ok := ts.Type.(*ast.StructType)
	if !ok || ts.Assign != 0 {
		return problems.ExprString(ts.Type)
	}
	var fields []string
	var names []string
	var last string
	flush := func() {
		if len(names) > 0 {
			fields = append(fields, strings.Join(names, ", ")+" "+last)
		}
		names = nil
	}
	for _, f := range st.Fields.List {
		t := problems.ExprString(f.Type)
		if t != last {
			flush()
			last = t
		}
		for _, n := range f.Names {
			names = append(names, n.Name)
		}
		if len(f.Names) == 0 {
			names = append(names, t)
		}
	}
	flush()
	return "struct{ " + strings.Join(fields, "; ") + " }"
}

func indent(s string) string {
	return "    " + strings.ReplaceAll(s, "\n", "\n    ")
}
