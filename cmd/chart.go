package cmd

import (
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/grindjudge/grind/judge"
)

const (
	chartWidth  = 44
	chartHeight = 8
)

// renderChart draws the time per call against n on log-log axes, the
// user's times as • and the reference's as o, so a steeper slope shows.
func renderChart(w io.Writer, pal palette, sizes []judge.Size) {
	if len(sizes) < 2 {
		return
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, s := range sizes {
		for _, t := range []float64{s.UserNS, s.ReferenceNS} {
			if t > 0 {
				lo, hi = math.Min(lo, t), math.Max(hi, t)
			}
		}
	}
	if math.IsInf(lo, 0) || hi <= lo {
		return
	}
	nLo, nHi := math.Log(float64(sizes[0].N)), math.Log(float64(sizes[len(sizes)-1].N))
	grid := make([][]rune, chartHeight)
	for i := range grid {
		grid[i] = []rune(strings.Repeat(" ", chartWidth))
	}
	put := func(n int, t float64, mark rune) {
		if t <= 0 {
			return
		}
		x := int(math.Round((math.Log(float64(n)) - nLo) / (nHi - nLo) * (chartWidth - 1)))
		y := chartHeight - 1 - int(math.Round((math.Log(t)-math.Log(lo))/(math.Log(hi)-math.Log(lo))*(chartHeight-1)))
		switch grid[y][x] {
		case ' ':
			grid[y][x] = mark
		case mark:
		default:
			grid[y][x] = '◆'
		}
	}
	for _, s := range sizes {
		put(s.N, s.ReferenceNS, 'o')
		put(s.N, s.UserNS, '•')
	}
	top, bottom := fmtDur(hi), fmtDur(lo)
	pad := max(len(top), len(bottom))
	for i, row := range grid {
		label := ""
		switch i {
		case 0:
			label = top
		case chartHeight - 1:
			label = bottom
		}
		line := string(row)
		line = strings.ReplaceAll(line, "•", pal.cyan("•"))
		fmt.Fprintf(w, "  %*s %s\n", pad+8, label, strings.TrimRight(pal.dim("│")+" "+line, " "))
	}
	fmt.Fprintf(w, "  %*s %s\n", pad+8, "", pal.dim("└"+strings.Repeat("─", chartWidth)))
	first, last := fmt.Sprint(sizes[0].N), fmt.Sprintf("n=%d", sizes[len(sizes)-1].N)
	fmt.Fprintf(w, "  %*s  %s%s%s\n", pad+8, "", first, strings.Repeat(" ", max(1, chartWidth-len(first)-len(last))), last)
	fmt.Fprintf(w, "  %*s  %s yours   o reference   ◆ both   (log-log: a steeper line grows faster)\n", pad+8, "", pal.cyan("•"))
}
