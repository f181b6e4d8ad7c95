package cmd

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/spf13/cobra"
)

// InitOptions are the flags of grind init.
type InitOptions struct {
	Slug  string
	Force bool
}

func newCmdInit(f *Factory, runF func(*InitOptions) error) *cobra.Command {
	opts := &InitOptions{}
	c := &cobra.Command{
		Use:   "init SLUG",
		Short: "Write a stub to solve a problem in",
		Long: `Write <solutions>/SLUG/solution.go with the function to write and the
statement as a comment, types.go with the node types the problem needs, and
samples_test.go with the samples as a Go test. The solutions folder gets a
go.mod if it is not in a module already, so editors and go test work there.

An existing solution is never overwritten without --force; with it, the old
solution.go is kept as solution.go.bak.`,
		Example:           "  grind init two-sum",
		Args:              cobra.ExactArgs(1),
		ValidArgsFunction: completeSlugs(f),
		RunE: func(c *cobra.Command, args []string) error {
			opts.Slug = args[0]
			if runF != nil {
				return runF(opts)
			}
			return initRun(f, opts)
		},
	}
	c.Flags().BoolVar(&opts.Force, "force", false, "overwrite an existing solution (it is kept as solution.go.bak)")
	return c
}

type initResult struct {
	Problem string   `json:"problem"`
	Dir     string   `json:"dir"`
	Files   []string `json:"files"`
	Backup  string   `json:"backup,omitempty"`
}

func initRun(f *Factory, opts *InitOptions) error {
	cat, err := f.Catalogue()
	if err != nil {
		return err
	}
	p, err := cat.Problem(opts.Slug)
	if err != nil {
		return err
	}
	root := f.SolutionsDir()
	dir := filepath.Join(root, p.Slug)
	sc, err := makeScaffold(p, p.PackageName())
	if err != nil {
		return err
	}
	files := map[string][]byte{"solution.go": sc.Stub, "samples_test.go": sc.Samples}
	if sc.Types != nil {
		files["types.go"] = sc.Types
	}
	names := []string{"solution.go"}
	if sc.Types != nil {
		names = append(names, "types.go")
	}
	names = append(names, "samples_test.go")

	var existing []string
	for _, n := range names {
		if _, err := os.Stat(filepath.Join(dir, n)); err == nil {
			existing = append(existing, filepath.Join(dir, n))
		}
	}
	if len(existing) > 0 && !opts.Force {
		return &UsageError{fmt.Sprintf("%s already exists; grind init %s --force starts over (it keeps the old solution.go as solution.go.bak)",
			strings.Join(existing, ", "), p.Slug)}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return writeError(dir, err)
	}
	res := initResult{Problem: p.Slug, Dir: dir}
	if opts.Force {
		old := filepath.Join(dir, "solution.go")
		if data, err := os.ReadFile(old); err == nil && len(data) > 0 {
			res.Backup = old + ".bak"
			if err := os.WriteFile(res.Backup, data, 0o644); err != nil {
				return writeError(res.Backup, err)
			}
		}
	}
	for _, n := range names {
		path := filepath.Join(dir, n)
		if err := os.WriteFile(path, files[n], 0o644); err != nil {
			return writeError(path, err)
		}
		res.Files = append(res.Files, path)
	}
	if mod, err := ensureModule(root); err != nil {
		return err
	} else if mod != "" {
		res.Files = append(res.Files, mod)
	}
	if f.JSON {
		return writeJSON(f.IO.Out, res)
	}
	pal := f.palette()
	for _, path := range res.Files {
		fmt.Fprintf(f.IO.Out, "wrote %s\n", path)
	}
	if res.Backup != "" {
		fmt.Fprintf(f.IO.Out, "kept your old solution as %s\n", res.Backup)
	}
	fmt.Fprintf(f.IO.Out, "\nNext: write %s in %s, then %s.\n", p.Signature.Funcs()[0].Name,
		filepath.Join(dir, "solution.go"), pal.bold("grind test "+p.Slug))
	return nil
}

func writeError(path string, err error) error {
	if errors.Is(err, fs.ErrPermission) {
		return &UsageError{fmt.Sprintf("cannot write %s: permission denied; make the folder writable or choose another with --solutions", path)}
	}
	return &UsageError{fmt.Sprintf("cannot write %s: %v", path, err)}
}

// ensureModule writes a go.mod in the solutions folder unless it is inside
// a module already, and returns the file it wrote, if any.
func ensureModule(root string) (string, error) {
	abs, err := filepath.Abs(root)
	if err != nil {
		return "", err
	}
	for d := abs; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return "", nil
		}
		if filepath.Dir(d) == d {
			break
		}
	}
	path := filepath.Join(root, "go.mod")
	data := fmt.Sprintf("module solutions\n\ngo %s\n", localGoVersion())
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		return "", writeError(path, err)
	}
	return path, nil
}

// localGoVersion is the installed Go's version as a go.mod go line wants
// it; the scaffolds need at least 1.23.
func localGoVersion() string {
	out, err := exec.Command("go", "env", "GOVERSION").Output()
	if err == nil {
		if m := regexp.MustCompile(`^go(1\.(\d+))`).FindStringSubmatch(strings.TrimSpace(string(out))); m != nil && len(m[2]) >= 2 && m[2] >= "23" {
			return m[1]
		}
	}
	return "1.23"
}
