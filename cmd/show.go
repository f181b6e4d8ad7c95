package cmd

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"charm.land/glamour/v2"
	"github.com/grindjudge/grind/problems"
	"github.com/spf13/cobra"
)

// ShowOptions are the flags of grind show.
type ShowOptions struct {
	Slug string
}

func newCmdShow(f *Factory, runF func(*ShowOptions) error) *cobra.Command {
	opts := &ShowOptions{}
	return &cobra.Command{
		Use:               "show SLUG",
		Short:             "Show a problem's statement, signature and samples",
		Example:           "  grind show two-sum",
		Args:              cobra.ExactArgs(1),
		ValidArgsFunction: completeSlugs(f),
		RunE: func(c *cobra.Command, args []string) error {
			opts.Slug = args[0]
			if runF != nil {
				return runF(opts)
			}
			return showRun(f, opts)
		},
	}
}

type showSample struct {
	Name  string            `json:"name"`
	Input map[string]string `json:"input"`
	Want  string            `json:"want"`
}

type showJSON struct {
	listItem
	Statement string       `json:"statement"`
	Hints     int          `json:"hints"`
	Samples   []showSample `json:"samples"`
}

func showRun(f *Factory, opts *ShowOptions) error {
	cat, err := f.Catalogue()
	if err != nil {
		return err
	}
	p, err := cat.Problem(opts.Slug)
	if err != nil {
		return err
	}
	if f.JSON {
		samples, err := p.Samples()
		if err != nil {
			return err
		}
		out := showJSON{
			listItem: listItem{Slug: p.Slug, Title: p.Title, Topic: p.Topic, Difficulty: p.Difficulty,
				Signature: p.Signature.String(), Optimal: p.Optimal, Answer: string(p.Answer)},
			Statement: p.Statement, Hints: len(p.Hints),
		}
		for _, s := range samples {
			in := map[string]string{}
			for i, name := range p.ParamNames() {
				in[name] = string(s.Args[i])
			}
			out.Samples = append(out.Samples, showSample{Name: s.Name, Input: in, Want: string(s.Want)})
		}
		return writeJSON(f.IO.Out, out)
	}
	md := showMarkdown(p, filepath.Join(f.SolutionsDir(), p.Slug))
	if !f.IO.OutTTY {
		_, err := fmt.Fprint(f.IO.Out, md)
		return err
	}
	style := "notty"
	if f.palette().on {
		style = "dark"
		if strings.Contains(strings.ToLower(os.Getenv("COLORFGBG")), ";15") {
			style = "light"
		}
	}
	r, err := glamour.NewTermRenderer(glamour.WithStandardStyle(style), glamour.WithWordWrap(min(f.IO.Width, 100)))
	if err != nil {
		return err
	}
	out, err := r.Render(md)
	if err != nil {
		return err
	}
	_, err = fmt.Fprint(f.IO.Out, out)
	return err
}

// showMarkdown is the statement with what the user needs to start: the
// signature, the answer's rules and the commands.
func showMarkdown(p *problems.Problem, dir string) string {
	var b strings.Builder
	b.WriteString(strings.TrimSpace(p.Statement))
	fmt.Fprintf(&b, "\n\n## Your function\n\n```go\n%s\n```\n\n", p.Signature)
	fmt.Fprintf(&b, "%s · %s · expected %s · %s\n\n", p.Topic, p.Difficulty, p.Optimal, answerWords(p))
	_, err := os.Stat(dir)
	switch {
	case err != nil:
		fmt.Fprintf(&b, "Start with `grind init %s`, which writes `%s`.", p.Slug, filepath.Join(dir, "solution.go"))
	default:
		fmt.Fprintf(&b, "Your solution is in `%s`: `grind test %s` runs the samples, `grind submit %s` judges it.", dir, p.Slug, p.Slug)
	}
	if len(p.Hints) > 0 {
		fmt.Fprintf(&b, " Stuck? `grind hint %s`.", p.Slug)
	}
	b.WriteString("\n")
	return b.String()
}

// answerWords says in words how an answer is judged.
func answerWords(p *problems.Problem) string {
	switch p.Answer {
	case "any-order":
		return "the list may be in any order"
	case "any-order-deep":
		return "the list and each inner list may be in any order"
	case "any-valid":
		return "any correct answer is accepted"
	case "float":
		return "compared within 1e-6"
	case "in-place":
		return "change `" + p.Mutates + "` in place; nothing is returned"
	case "design":
		return "judged by a sequence of operations"
	}
	return "compared exactly"
}
