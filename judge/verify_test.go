package judge

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestVerifyBank is make verify as a test: every submission kept with every
// problem gets the verdict its folder promises, with margins, and every
// problem has what the bank requires. It judges a few hundred programs, so
// -short skips it.
func TestVerifyBank(t *testing.T) {
	if testing.Short() {
		t.Skip("judges every submission of the bank; run without -short")
	}
	j := testJudge(t)
	for _, p := range j.Catalogue.All() {
		t.Run(p.Slug, func(t *testing.T) {
			t.Parallel()
			subs, err := FindSubmissions("../problems", p)
			require.NoError(t, err)
			var results []*Verified
			for _, s := range subs {
				v, err := j.Verify(context.Background(), s)
				require.NoError(t, err)
				assert.True(t, v.OK, "%s: %s (verdict %s, case %s, margin %.1f)", v.File, v.Why, v.Verdict, v.Case, v.Margin)
				results = append(results, v)
			}
			assert.Empty(t, CheckBank("../problems", p, results))
		})
	}
}
