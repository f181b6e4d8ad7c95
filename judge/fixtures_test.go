package judge

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/grindjudge/grind/problems"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// expectation is a fixture's expected.json: what judging it must report.
type expectation struct {
	Problem string `json:"problem"`
	Verdict string `json:"verdict"`
	Case    string `json:"case"`    // the failed case's name
	Kind    string `json:"kind"`    // the failed case's kind
	Message string `json:"message"` // in the failed case's message, or the report's
	Stack   string `json:"stack"`   // in one of the user's stack frames
	Warning string `json:"warning"` // in one of the warnings
	Stdout  string `json:"stdout"`  // in what the solution printed
}

func testJudge(t *testing.T) *Judge {
	t.Helper()
	cat, err := problems.Bank()
	require.NoError(t, err)
	return New(cat)
}

// TestFixtures judges every solution in testdata/fixtures, each a whole
// solution with the verdict it must get beside it: hostile, broken, slow and
// crashing code included. None may hang the run.
func TestFixtures(t *testing.T) {
	j := testJudge(t)
	dirs, err := filepath.Glob("testdata/fixtures/*")
	require.NoError(t, err)
	require.NotEmpty(t, dirs)
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			t.Parallel()
			data, err := os.ReadFile(filepath.Join(dir, "expected.json"))
			require.NoError(t, err)
			var want expectation
			require.NoError(t, json.Unmarshal(data, &want))
			p, err := j.Catalogue.Problem(want.Problem)
			require.NoError(t, err)
			sol, err := LoadFiles(dir, []string{filepath.Join(dir, "solution.go")})
			require.NoError(t, err)

			rep, err := j.Judge(context.Background(), p, sol, Options{Mode: Submit})
			require.NoError(t, err)

			assert.Equal(t, want.Verdict, rep.Verdict.String(), "message: %s %+v", rep.Message, rep.FailedCase)
			message := rep.Message
			if rep.FailedCase != nil {
				message = rep.FailedCase.Message + "\n" + message
				if want.Case != "" {
					assert.Equal(t, want.Case, rep.FailedCase.Name)
				}
				if want.Kind != "" {
					assert.Equal(t, want.Kind, rep.FailedCase.Kind)
				}
			} else {
				assert.Empty(t, want.Case, "no case failed")
			}
			assert.Contains(t, message, want.Message)
			if want.Stack != "" {
				assert.Contains(t, strings.Join(rep.Stack, "\n"), want.Stack)
			}
			if want.Warning != "" {
				assert.Contains(t, strings.Join(rep.Warnings, "\n"), want.Warning)
			}
			assert.Contains(t, rep.Stdout, want.Stdout)
			assert.NotContains(t, message, "grind/work", "messages must not show the workspace")
		})
	}
}
