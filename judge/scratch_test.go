package judge

import (
	"context"
	"fmt"
	"os"
	"testing"
)

func TestScratch(t *testing.T) {
	file := os.Getenv("SCRATCH")
	if file == "" {
		t.Skip()
	}
	j := testJudge(t)
	p, _ := j.Catalogue.Problem(os.Getenv("SLUG"))
	sol, _ := LoadFiles("x", []string{file})
	rep, err := j.Judge(context.Background(), p, sol, Options{Mode: Submit})
	if err != nil {
		t.Fatal(err)
	}
	fmt.Printf("%s %q\nstack=%q\nstderr=%q\n", rep.Verdict, rep.FailedCase.Message, rep.Stack, rep.Stderr)
}
