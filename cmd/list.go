package cmd

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"text/tabwriter"

	"github.com/fatih/color"
	"github.com/spf13/cobra"
)

// ListOptions are the flags of grind list.
type ListOptions struct {
	Topic      string
	Difficulty string
}

func newCmdList(f *Factory, runF func(*ListOptions) error) *cobra.Command {
	opts := &ListOptions{}
	c := &cobra.Command{
		Use:   "list",
		Short: "List the problems",
		Example: `  grind list
  grind list --topic trees --difficulty medium`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			if runF != nil {
				return runF(opts)
			}
			return listRun(f, opts)
		},
	}
	c.Flags().StringVar(&opts.Topic, "topic", "", "only this topic: arrays, strings, hash-maps, recursion, trees, searching, sorting")
	c.Flags().StringVar(&opts.Difficulty, "difficulty", "", "only this difficulty: easy, medium, hard")
	_ = c.RegisterFlagCompletionFunc("topic", cobra.FixedCompletions([]string{"arrays", "strings", "hash-maps", "recursion", "trees", "searching", "sorting"}, cobra.ShellCompDirectiveNoFileComp))
	_ = c.RegisterFlagCompletionFunc("difficulty", cobra.FixedCompletions([]string{"easy", "medium", "hard"}, cobra.ShellCompDirectiveNoFileComp))
	return c
}

type listItem struct {
	Slug       string `json:"slug"`
	Title      string `json:"title"`
	Topic      string `json:"topic"`
	Difficulty string `json:"difficulty"`
	Signature  string `json:"signature"`
	Optimal    string `json:"optimal"`
	Answer     string `json:"answer"`
	Started    bool   `json:"started"` // a solution folder exists
}

func listRun(f *Factory, opts *ListOptions) error {
	cat, err := f.Catalogue()
	if err != nil {
		return err
	}
	ps, err := cat.Filter(opts.Topic, opts.Difficulty)
	if err != nil {
		return &UsageError{err.Error()}
	}
	items := make([]listItem, 0, len(ps))
	for _, p := range ps {
		_, statErr := os.Stat(filepath.Join(f.SolutionsDir(), p.Slug))
		items = append(items, listItem{
			Slug: p.Slug, Title: p.Title, Topic: p.Topic, Difficulty: p.Difficulty,
			Signature: p.Signature.String(), Optimal: p.Optimal, Answer: string(p.Answer), Started: statErr == nil,
		})
	}
	if f.JSON {
		return writeJSON(f.IO.Out, items)
	}
	pal := f.palette()
	tw := tabwriter.NewWriter(f.IO.Out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, pal.bold("PROBLEM")+"\t"+pal.bold("DIFFICULTY")+"\t"+pal.bold("TOPIC")+"\t"+pal.bold("TITLE"))
	for _, it := range items {
		mark := "  "
		if it.Started {
			mark = "• "
		}
		fmt.Fprintf(tw, "%s%s\t%s\t%s\t%s\n", mark, it.Slug, difficultyColor(pal, it.Difficulty), it.Topic, it.Title)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if f.IO.OutTTY {
		fmt.Fprintf(f.IO.Out, "\n%d problems; • marks those with a solution folder. grind show SLUG reads one.\n", len(items))
	}
	return nil
}

// difficultyColor colours with one attribute each, so every row's escape
// codes are as long and tabwriter keeps the columns aligned.
func difficultyColor(pal palette, d string) string {
	switch d {
	case "easy":
		return pal.paint(d, color.FgGreen)
	case "medium":
		return pal.paint(d, color.FgYellow)
	}
	return pal.paint(d, color.FgRed)
}

func writeJSON(w interface{ Write([]byte) (int, error) }, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
