package judge

import (
	"fmt"
	"regexp"
	"strings"
)

// crashInfo is what the runtime's last words on stderr say about a child
// that died without finishing.
type crashInfo struct {
	verdict Verdict
	message string
	stack   string // the raw goroutine stack, when there is one
}

var (
	panicLine = regexp.MustCompile(`(?m)^panic: (.*)$`)
	fatalLine = regexp.MustCompile(`(?m)^fatal error: (.*)$`)
)

// readCrash reads the tail of stderr for the runtime's report of a fatal
// error; ok is false when it has none.
func readCrash(tail string) (crashInfo, bool) {
	switch {
	case strings.Contains(tail, "goroutine stack exceeds"):
		return crashInfo{RE, "stack overflow (recursion too deep?): the stack outgrew its limit", stackAfter(tail, "fatal error: stack overflow")}, true
	case strings.Contains(tail, "fatal error: out of memory"), strings.Contains(tail, "runtime: out of memory"):
		return crashInfo{MLE, "out of memory: the solution allocated more than the memory limit", ""}, true
	}
	if m := fatalLine.FindStringSubmatch(tail); m != nil {
		what := m[1]
		switch {
		case strings.Contains(what, "concurrent map"):
			return crashInfo{RE, what + ": goroutines used one map at the same time without a lock", stackAfter(tail, m[0])}, true
		case strings.Contains(what, "all goroutines are asleep"):
			return crashInfo{RE, "deadlock: every goroutine is blocked (a channel nobody sends on, or a lock taken twice?)", stackAfter(tail, m[0])}, true
		}
		return crashInfo{RE, "fatal error: " + what, stackAfter(tail, m[0])}, true
	}
	if m := panicLine.FindStringSubmatch(tail); m != nil {
		value := strings.TrimSuffix(m[1], " [recovered]")
		return crashInfo{RE, "panic in a goroutine your solution started: " + value, stackAfter(tail, m[0])}, true
	}
	if strings.Contains(tail, "unexpected signal") || strings.Contains(tail, "SIGSEGV") {
		return crashInfo{RE, "the program crashed with a memory fault", tail}, true
	}
	return crashInfo{}, false
}

func stackAfter(tail, marker string) string {
	if i := strings.Index(tail, marker); i >= 0 {
		return tail[i:]
	}
	return tail
}

// userFrames picks the user's own frames out of a goroutine stack, innermost
// first, as "path/to/file.go:12 in FuncName", with the paths the user knows.
// A frame repeated by recursion is shown once with its count.
func userFrames(stack string, sol *Solution) []string {
	paths := map[string]string{}
	for _, f := range sol.Files {
		paths[f.Name] = f.Path
	}
	prefix := solutionPath + "."
	lines := strings.Split(stack, "\n")
	var frames []string
	var counts []int
	for i := 0; i+1 < len(lines); i++ {
		fn := strings.TrimSpace(lines[i])
		if !strings.HasPrefix(fn, prefix) {
			continue
		}
		loc := strings.TrimSpace(lines[i+1])
		file, _, _ := strings.Cut(loc, " ")
		name := strings.TrimPrefix(fn, prefix)
		if j := strings.LastIndex(name, "("); j > 0 {
			name = name[:j]
		}
		base := file[strings.LastIndex(file, "/")+1:]
		if colon := strings.Index(base, ":"); colon > 0 {
			if p, ok := paths[base[:colon]]; ok {
				file = p + base[colon:]
			} else if strings.HasPrefix(base, "zz_grind") {
				continue
			}
		}
		i++
		frame := fmt.Sprintf("%s in %s", file, name)
		if n := len(frames); n > 0 && frames[n-1] == frame {
			counts[n-1]++
			continue
		}
		frames = append(frames, frame)
		counts = append(counts, 1)
	}
	const keep = 8
	var out []string
	for i, f := range frames {
		if i == keep {
			out = append(out, fmt.Sprintf("… and %d more frames of your code", len(frames)-keep))
			break
		}
		if counts[i] > 1 {
			f += fmt.Sprintf(" (×%d)", counts[i])
		}
		out = append(out, f)
	}
	return out
}

// userStderr is what the solution itself wrote to stderr: the runtime's
// crash report, which the verdict already explains, is cut off.
func userStderr(s string) string {
	for _, marker := range []string{"\npanic: ", "\nfatal error: ", "\nSIGQUIT: quit", "\nruntime: goroutine stack exceeds", "\nruntime: out of memory"} {
		if i := strings.Index("\n"+s, marker); i >= 0 {
			s = s[:i]
		}
	}
	return s
}

// stuckAt returns the stack of the goroutine that was running the user's
// code when the runtime was asked to quit: the main goroutine if it is in
// their code, else the first goroutine that is.
func stuckAt(dump string) string {
	blocks := strings.Split(dump, "\n\ngoroutine ")
	var first string
	for i, b := range blocks {
		if i > 0 {
			b = "goroutine " + b
		}
		if !strings.Contains(b, solutionPath+".") {
			continue
		}
		if strings.HasPrefix(b, "goroutine 1 ") {
			return b
		}
		if first == "" {
			first = b
		}
	}
	return first
}
