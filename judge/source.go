package judge

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// File is one Go file of a solution.
type File struct {
	Path string // as shown to the user: relative to the working folder where possible
	Name string // the base name
	Data []byte
}

// Solution is the user's code for one problem.
type Solution struct {
	Dir   string // the folder the files came from, as shown to the user
	Files []File
}

// InputError is a problem with what the user asked for or gave, not with the
// judge: a missing folder, a file that cannot be read. The CLI exits 2.
type InputError struct{ Msg string }

func (e *InputError) Error() string { return e.Msg }

// LoadSolution reads the Go files of a solution folder: every .go file but
// tests. slug names the problem in messages.
func LoadSolution(dir, slug string) (*Solution, error) {
	shown := displayPath(dir)
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, &InputError{fmt.Sprintf("no solution for %s: %s does not exist (grind init %s writes one)", slug, shown, slug)}
	}
	if err != nil {
		return nil, &InputError{fmt.Sprintf("cannot read %s: %v", shown, err)}
	}
	var paths []string
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() || !strings.HasSuffix(n, ".go") || strings.HasSuffix(n, "_test.go") || strings.HasPrefix(n, ".") || strings.HasPrefix(n, "_") {
			continue
		}
		paths = append(paths, filepath.Join(dir, n))
	}
	if len(paths) == 0 {
		return nil, &InputError{fmt.Sprintf("no solution for %s: %s has no .go files (grind init %s writes one)", slug, shown, slug)}
	}
	return LoadFiles(shown, paths)
}

// LoadFiles reads the named Go files as one solution.
func LoadFiles(dir string, paths []string) (*Solution, error) {
	sort.Strings(paths)
	s := &Solution{Dir: dir}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, &InputError{fmt.Sprintf("cannot read %s: %v", displayPath(p), err)}
		}
		s.Files = append(s.Files, File{Path: displayPath(p), Name: filepath.Base(p), Data: data})
	}
	return s, nil
}

// displayPath returns p relative to the working folder when it is inside it,
// so messages name files the way the user would type them.
func displayPath(p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		return p
	}
	wd, err := os.Getwd()
	if err != nil {
		return p
	}
	rel, err := filepath.Rel(wd, abs)
	if err != nil || strings.HasPrefix(rel, "..") {
		return abs
	}
	return rel
}
