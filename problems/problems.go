// Package problems is grind's problem bank: every problem's metadata,
// statement, cases and Go sources, embedded in the binary, with lookup and
// listing. A problem is a folder problems/<slug>/ holding problem.yaml,
// statement.md, cases.yaml and its reference package; adding the folder is
// all it takes to add a problem.
package problems

import (
	"bytes"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/grindjudge/grind/problems/kit"
	"go.yaml.in/yaml/v3"
)

// ModulePath is the module every problem package, kit and the harness belong
// to; judged workspaces use it too, so embedded sources compile unchanged.
const ModulePath = "github.com/grindjudge/grind"

//go:embed */problem.yaml */statement.md */cases.yaml */*.go
var bank embed.FS

// Topics lists the topics in the order grind shows them.
var Topics = []string{"arrays", "strings", "hash-maps", "recursion", "trees", "searching", "sorting"}

// Difficulties lists the difficulties from easiest.
var Difficulties = []string{"easy", "medium", "hard"}

// Problem is one problem of the bank.
type Problem struct {
	Slug       string
	Title      string
	Topic      string
	Difficulty string
	Signature  *Signature
	Optimal    string   // the time complexity an interviewer expects, "O(n)"
	Answer     kit.Mode // how answers are compared
	Mutates    string   // for in-place problems, the parameter the function changes
	Forbid     []string // imports not allowed in this problem, besides the standard set
	Hints      []string
	Limits     Limits
	Statement  string // markdown

	fsys      fs.FS
	casesOnce sync.Once
	cases     []Case
	casesErr  error
}

// Limits are the judge's limits for one problem.
type Limits struct {
	Floor      time.Duration // the least time limit of a case
	Multiplier float64       // a case's limit is max(Floor, Multiplier x the reference's time)
	Ceiling    time.Duration // the most one whole run may take
	Memory     int64         // bytes of resident memory
}

// DefaultLimits apply where problem.yaml does not override them.
var DefaultLimits = Limits{
	Floor:      100 * time.Millisecond,
	Multiplier: 10,
	Ceiling:    20 * time.Second,
	Memory:     1 << 30,
}

// Case is one hand-written case of cases.yaml, its values in notation.
type Case struct {
	Name   string
	Sample bool
	Args   []json.RawMessage // in the order of the signature's parameters; for design problems ops then args
	Want   json.RawMessage
}

// Catalogue is a set of problems, looked up by slug.
type Catalogue struct {
	fsys     fs.FS
	problems []*Problem
	bySlug   map[string]*Problem
}

var loadBank = sync.OnceValues(func() (*Catalogue, error) { return Load(bank) })

// Bank returns the problems embedded in grind. It is loaded once.
func Bank() (*Catalogue, error) { return loadBank() }

// Load reads every problem folder of fsys: each directory holding a
// problem.yaml. The error names the file and what is wrong in it.
func Load(fsys fs.FS) (*Catalogue, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, err
	}
	c := &Catalogue{fsys: fsys, bySlug: map[string]*Problem{}}
	var errs []error
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		if _, err := fs.Stat(fsys, path.Join(e.Name(), "problem.yaml")); err != nil {
			continue
		}
		p, err := loadProblem(fsys, e.Name())
		if err != nil {
			errs = append(errs, err)
			continue
		}
		c.problems = append(c.problems, p)
		c.bySlug[p.Slug] = p
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	sort.SliceStable(c.problems, func(i, j int) bool {
		a, b := c.problems[i], c.problems[j]
		if a.Topic != b.Topic {
			return index(Topics, a.Topic) < index(Topics, b.Topic)
		}
		if a.Difficulty != b.Difficulty {
			return index(Difficulties, a.Difficulty) < index(Difficulties, b.Difficulty)
		}
		return a.Slug < b.Slug
	})
	return c, nil
}

func index(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return len(list)
}

type problemFile struct {
	Title      string   `yaml:"title"`
	Topic      string   `yaml:"topic"`
	Difficulty string   `yaml:"difficulty"`
	Signature  string   `yaml:"signature"`
	Optimal    string   `yaml:"optimal"`
	Answer     string   `yaml:"answer"`
	Mutates    string   `yaml:"mutates"`
	Forbid     []string `yaml:"forbid"`
	Hints      []string `yaml:"hints"`
	Limits     struct {
		FloorMS    int     `yaml:"floor_ms"`
		Multiplier float64 `yaml:"multiplier"`
		CeilingS   float64 `yaml:"ceiling_s"`
		MemoryMB   int64   `yaml:"memory_mb"`
	} `yaml:"limits"`
}

func loadProblem(fsys fs.FS, slug string) (*Problem, error) {
	file := path.Join(slug, "problem.yaml")
	data, err := fs.ReadFile(fsys, file)
	if err != nil {
		return nil, err
	}
	var pf problemFile
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&pf); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	statement, err := fs.ReadFile(fsys, path.Join(slug, "statement.md"))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", slug, err)
	}
	p := &Problem{
		Slug: slug, Title: pf.Title, Topic: pf.Topic, Difficulty: pf.Difficulty,
		Optimal: pf.Optimal, Answer: kit.Mode(pf.Answer), Mutates: pf.Mutates,
		Forbid: pf.Forbid, Hints: pf.Hints, Statement: string(statement),
		Limits: DefaultLimits, fsys: fsys,
	}
	if pf.Limits.FloorMS > 0 {
		p.Limits.Floor = time.Duration(pf.Limits.FloorMS) * time.Millisecond
	}
	if pf.Limits.Multiplier > 0 {
		p.Limits.Multiplier = pf.Limits.Multiplier
	}
	if pf.Limits.CeilingS > 0 {
		p.Limits.Ceiling = time.Duration(pf.Limits.CeilingS * float64(time.Second))
	}
	if pf.Limits.MemoryMB > 0 {
		p.Limits.Memory = pf.Limits.MemoryMB << 20
	}
	if p.Signature, err = ParseSignature(pf.Signature); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	if err := p.validate(); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	return p, nil
}

func (p *Problem) validate() error {
	switch {
	case p.Title == "":
		return fmt.Errorf("title is missing")
	case index(Topics, p.Topic) == len(Topics):
		return fmt.Errorf("topic %q is not one of %s", p.Topic, strings.Join(Topics, ", "))
	case index(Difficulties, p.Difficulty) == len(Difficulties):
		return fmt.Errorf("difficulty %q is not one of %s", p.Difficulty, strings.Join(Difficulties, ", "))
	case p.Optimal == "":
		return fmt.Errorf("optimal is missing")
	}
	known := false
	for _, m := range kit.Modes {
		known = known || m == p.Answer
	}
	if !known {
		return fmt.Errorf("answer %q is not a known mode", p.Answer)
	}
	if (p.Answer == kit.Design) != (p.Signature.Design != nil) {
		return fmt.Errorf("answer design goes with a constructor and methods, and only with them")
	}
	if p.Answer == kit.InPlace {
		found := false
		for _, prm := range p.Signature.Func.Params {
			found = found || prm.Name == p.Mutates
		}
		if !found {
			return fmt.Errorf("an in-place problem names the parameter it changes in mutates: (found %q)", p.Mutates)
		}
		if len(p.Signature.Func.Results) != 0 {
			return fmt.Errorf("an in-place function returns nothing")
		}
	} else if p.Signature.Func != nil && len(p.Signature.Func.Results) != 1 {
		return fmt.Errorf("a function returns exactly one value (or none, for answer: in-place)")
	}
	return nil
}

// Package returns the import path of the problem's reference package.
func (p *Problem) Package() string { return ModulePath + "/problems/" + p.Slug }

// PackageName returns the name of the problem's reference package: the slug
// without dashes.
func (p *Problem) PackageName() string { return strings.ReplaceAll(p.Slug, "-", "") }

// Sources returns the Go files of the reference package, tests left out, by
// file name.
func (p *Problem) Sources() (map[string][]byte, error) { return goSources(p.fsys, p.Slug) }

// KitSources returns the Go files of package kit, tests left out.
func (c *Catalogue) KitSources() (map[string][]byte, error) { return goSources(c.fsys, "kit") }

func goSources(fsys fs.FS, dir string) (map[string][]byte, error) {
	names, err := fs.Glob(fsys, dir+"/*.go")
	if err != nil {
		return nil, err
	}
	out := map[string][]byte{}
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		out[path.Base(name)] = data
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s has no Go sources", dir)
	}
	return out, nil
}

// All returns every problem, by topic, then difficulty, then slug.
func (c *Catalogue) All() []*Problem { return c.problems }

// Filter returns the problems of a topic and a difficulty; "" matches any.
func (c *Catalogue) Filter(topic, difficulty string) ([]*Problem, error) {
	if topic != "" && index(Topics, topic) == len(Topics) {
		return nil, fmt.Errorf("no topic %q; topics are %s", topic, strings.Join(Topics, ", "))
	}
	if difficulty != "" && index(Difficulties, difficulty) == len(Difficulties) {
		return nil, fmt.Errorf("no difficulty %q; difficulties are %s", difficulty, strings.Join(Difficulties, ", "))
	}
	var out []*Problem
	for _, p := range c.problems {
		if (topic == "" || p.Topic == topic) && (difficulty == "" || p.Difficulty == difficulty) {
			out = append(out, p)
		}
	}
	return out, nil
}

// NotFoundError is returned for a slug that names no problem.
type NotFoundError struct {
	Slug    string
	Suggest []string // the closest slugs, best first
}

func (e *NotFoundError) Error() string {
	msg := fmt.Sprintf("no problem %q", e.Slug)
	if len(e.Suggest) > 0 {
		msg += fmt.Sprintf("; did you mean %q?", e.Suggest[0])
	}
	return msg + " (grind list shows all)"
}

// Problem returns the problem with the slug, or a *NotFoundError with the
// closest slugs.
func (c *Catalogue) Problem(slug string) (*Problem, error) {
	if p, ok := c.bySlug[slug]; ok {
		return p, nil
	}
	return nil, &NotFoundError{Slug: slug, Suggest: c.suggest(slug)}
}

// Slugs returns every slug in listing order.
func (c *Catalogue) Slugs() []string {
	out := make([]string, len(c.problems))
	for i, p := range c.problems {
		out[i] = p.Slug
	}
	return out
}
