package judge

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestReadCrash(t *testing.T) {
	tests := []struct {
		name    string
		tail    string
		verdict Verdict
		message string
	}{
		{"stack overflow", "runtime: goroutine stack exceeds 67108864-byte limit\nruntime: sp=0x1\nfatal error: stack overflow\n\ngoroutine 1", RE, "stack overflow (recursion too deep?)"},
		{"out of memory", "fatal error: out of memory\n\ngoroutine 1 [running]:", MLE, "out of memory"},
		{"runtime out of memory", "runtime: out of memory: cannot allocate 67108864-byte block (1073741824 in use)\nfatal error: out of memory", MLE, "out of memory"},
		{"concurrent map writes", "fatal error: concurrent map writes\n\ngoroutine 5 [running]:", RE, "concurrent map writes: goroutines used one map"},
		{"deadlock", "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:", RE, "deadlock"},
		{"goroutine panic", "some output\npanic: worker failed\n\ngoroutine 7 [running]:\n", RE, "panic in a goroutine your solution started: worker failed"},
		{"user output only", "just a log line\n", AC, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, ok := readCrash(tt.tail)
			if tt.message == "" {
				assert.False(t, ok)
				return
			}
			assert.True(t, ok)
			assert.Equal(t, tt.verdict, c.verdict)
			assert.Contains(t, c.message, tt.message)
		})
	}
}

const sampleStack = `goroutine 1 [running]:
runtime/debug.Stack()
	runtime/debug/stack.go:26 +0x5e
github.com/grindjudge/grind/judge/harness.protect.func1()
	github.com/grindjudge/grind/judge/harness/measure.go:70 +0x6b
panic({0x4f8a40?, 0xc000012345?})
	runtime/panic.go:792 +0x132
github.com/grindjudge/grind/solution.helper(...)
	github.com/grindjudge/grind/solution/util.go:9
github.com/grindjudge/grind/solution.TwoSum({0xc0000b6000, 0x4, 0x4}, 0x9)
	github.com/grindjudge/grind/solution/solution.go:5 +0x1d
main.(*userCall).Call(0xc0000a4000, 0x0, 0x1)
	github.com/grindjudge/grind/main.go:24 +0x49
`

func TestUserFrames(t *testing.T) {
	sol := &Solution{Files: []File{
		{Path: "solutions/two-sum/solution.go", Name: "solution.go"},
		{Path: "solutions/two-sum/util.go", Name: "util.go"},
	}}
	frames := userFrames(sampleStack, sol)
	assert.Equal(t, []string{
		"solutions/two-sum/util.go:9 in helper",
		"solutions/two-sum/solution.go:5 in TwoSum",
	}, frames, "the user's frames, innermost first, with their own paths")
}

func TestUserFramesFoldRecursion(t *testing.T) {
	var b strings.Builder
	b.WriteString("github.com/grindjudge/grind/solution.depth(0x1)\n\tgithub.com/grindjudge/grind/solution/solution.go:4 +0x1d\n")
	for i := 0; i < 50; i++ {
		b.WriteString("github.com/grindjudge/grind/solution.depth(0x1)\n\tgithub.com/grindjudge/grind/solution/solution.go:6 +0x1d\n")
	}
	for i := 0; i < 12; i++ {
		fmt.Fprintf(&b, "github.com/grindjudge/grind/solution.f%d()\n\tgithub.com/grindjudge/grind/solution/solution.go:%d +0x1\n", i, 20+i)
	}
	frames := userFrames(b.String(), &Solution{Files: []File{{Path: "s/solution.go", Name: "solution.go"}}})
	assert.Equal(t, "s/solution.go:4 in depth", frames[0])
	assert.Equal(t, "s/solution.go:6 in depth (×50)", frames[1])
	assert.Len(t, frames, 9)
	assert.Equal(t, "… and 6 more frames of your code", frames[8])
}

func TestStuckAtPrefersTheMainGoroutine(t *testing.T) {
	dump := "SIGQUIT: quit\nPC=0x1 m=0\n\ngoroutine 7 gp=0x2 m=nil [running]:\ngithub.com/grindjudge/grind/solution.TwoSum.func1()\n\tgithub.com/grindjudge/grind/solution/solution.go:12 +0x1\n\ngoroutine 1 gp=0x1 m=0 [running]:\ngithub.com/grindjudge/grind/solution.TwoSum(...)\n\tgithub.com/grindjudge/grind/solution/solution.go:7\n"
	assert.Contains(t, stuckAt(dump), "solution.go:7")
}

func TestUserStderrDropsTheRuntimeReport(t *testing.T) {
	assert.Equal(t, "my log\n", userStderr("my log\npanic: boom\n\ngoroutine 1 [running]:\n"))
	assert.Equal(t, "", userStderr("SIGQUIT: quit\nPC=0x1"))
	assert.Equal(t, "plain\n", userStderr("plain\n"))
}

func TestCaptureKeepsHeadAndTail(t *testing.T) {
	var spent int64
	c := &capture{spent: &spent, limit: 1 << 30}
	c.Write([]byte(strings.Repeat("h", headKeep)))
	c.Write([]byte(strings.Repeat("m", 500_000)))
	c.Write([]byte("fatal error: the end\n"))
	text := c.text()
	assert.True(t, strings.HasPrefix(text, "hhhh"))
	assert.Contains(t, text, "bytes left out")
	assert.True(t, strings.HasSuffix(c.tailText(), "fatal error: the end\n"))
	assert.Less(t, len(text), headKeep+tailKeep+100)
}

func TestCaptureSignalsTheOutputLimitOnce(t *testing.T) {
	var spent int64
	calls := 0
	c := &capture{spent: &spent, limit: 10, over: func() { calls++ }}
	c.Write([]byte("12345"))
	assert.Equal(t, 0, calls)
	c.Write([]byte("1234567"))
	c.Write([]byte("more"))
	assert.Equal(t, 1, calls)
}
