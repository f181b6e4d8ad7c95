package cmd

import (
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/grindjudge/grind/problems"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestScaffoldsForEveryProblem writes what grind init writes for every
// problem into one module: the stubs must compile (go vet), and with each
// problem's accepted submission in place of the stub its sample test must
// pass (go test) - so the test grind hands the user is right.
func TestScaffoldsForEveryProblem(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a test for every problem")
	}
	cat, err := problems.Bank()
	require.NoError(t, err)
	root := t.TempDir()
	write := func(path string, data []byte) {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, data, 0o644))
	}
	write(filepath.Join(root, "go.mod"), []byte("module scaffolds\n\ngo 1.23\n"))
	solved := 0
	for _, p := range cat.All() {
		pkg := p.PackageName()
		sc, err := makeScaffold(p, pkg)
		require.NoError(t, err, p.Slug)
		stub := filepath.Join(root, "stub", p.Slug)
		write(filepath.Join(stub, "solution.go"), sc.Stub)
		write(filepath.Join(stub, "samples_test.go"), sc.Samples)
		if sc.Types != nil {
			write(filepath.Join(stub, "types.go"), sc.Types)
		}

		accepted, _ := filepath.Glob(filepath.Join("..", "problems", p.Slug, "testdata", "submissions", "accepted", "*.go"))
		if len(accepted) == 0 {
			continue
		}
		src, err := os.ReadFile(accepted[0])
		require.NoError(t, err)
		fset := token.NewFileSet()
		file, err := parser.ParseFile(fset, accepted[0], src, parser.PackageClauseOnly)
		require.NoError(t, err)
		off := fset.Position(file.Name.Pos()).Offset
		renamed := string(src[:off]) + pkg + string(src[off+len(file.Name.Name):])
		dir := filepath.Join(root, "solved", p.Slug)
		write(filepath.Join(dir, "solution.go"), []byte(renamed))
		write(filepath.Join(dir, "samples_test.go"), sc.Samples)
		if sc.Types != nil && !strings.Contains(renamed, "type TreeNode struct") && !strings.Contains(renamed, "type ListNode struct") {
			write(filepath.Join(dir, "types.go"), sc.Types)
		}
		solved++
	}
	goCmd := func(args ...string) string {
		c := exec.Command("go", args...)
		c.Dir = root
		c.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOWORK=off")
		out, err := c.CombinedOutput()
		assert.NoError(t, err, "go %s:\n%s", strings.Join(args, " "), out)
		return string(out)
	}
	goCmd("vet", "./stub/...")
	out := goCmd("test", "-count=1", "./solved/...")
	assert.Equal(t, solved, strings.Count(out, "ok  \tscaffolds/solved/"), out)
}
