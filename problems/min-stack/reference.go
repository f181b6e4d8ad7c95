// Package minstack is the reference for min-stack: a stack that also knows
// its smallest element, by storing with each element the minimum below it.
package minstack

import (
	"math"
	"math/rand"

	"github.com/grindjudge/grind/problems/kit"
)

type entry struct {
	value, min int // min: the smallest value from the bottom up to this entry
}

// MinStack keeps each element with the minimum of the stack as it was when
// that element was on top: popping restores the previous minimum for free.
type MinStack struct {
	entries []entry
}

// NewMinStack returns an empty stack.
func NewMinStack() *MinStack { return &MinStack{} }

// Push puts x on top, with the smaller of x and the minimum below it.
func (s *MinStack) Push(x int) {
	m := x
	if n := len(s.entries); n > 0 {
		m = min(m, s.entries[n-1].min)
	}
	s.entries = append(s.entries, entry{x, m})
}

// Pop removes the top element.
func (s *MinStack) Pop() { s.entries = s.entries[:len(s.entries)-1] }

// Top returns the top element.
func (s *MinStack) Top() int { return s.entries[len(s.entries)-1].value }

// Min returns the smallest element in the stack.
func (s *MinStack) Min() int { return s.entries[len(s.entries)-1].min }

// Ladder is the numbers of operations on the scaling ladder: 64x from
// bottom to top, the top at the largest the statement allows.
var Ladder = []int{3125, 6250, 12500, 25000, 50000, 100000, 200000}

// Random is the numbers of operations of the random hidden cases.
var Random = []int{2, 3, 4, 6, 8, 12, 20, 50, 200, 5000}

// Generate returns n operations that never Pop, Top or Min an empty stack.
// The first half mostly pushes values that trend downwards, often repeating
// the current minimum, with Min and Top between; the second half mostly pops
// - the top is usually the minimum, so the minimum is popped again and again
// - asking Min and Top as it goes. Up to 50 operations use values in
// [-3, 3], so repeated minimums are common; more use the whole int32 range.
// A stack that rescans for its minimum, on Min or after popping it, does
// O(n) work many times.
func Generate(r *rand.Rand, n int) kit.Ops {
	ops := kit.Ops{Names: []string{"MinStack"}, Args: [][]any{{}}}
	var mins []int // the minimum at each height of the stack
	value := func(i int) int {
		if n <= 50 {
			return r.Intn(7) - 3
		}
		if len(mins) > 0 && r.Intn(5) == 0 {
			return mins[len(mins)-1]
		}
		// From the top of the int32 range at the start to its bottom at the
		// end, with noise.
		v := math.MaxInt32 - int(float64(math.MaxInt32-math.MinInt32)*float64(i)/float64(n-1))
		v += r.Intn(1<<20) - 1<<19
		return min(max(v, math.MinInt32), math.MaxInt32)
	}
	for i := 1; i < n; i++ {
		// Out of 20: push, min, top, then pop for the rest.
		cut := [3]int{13, 17, 19}
		if i >= n/2 {
			cut = [3]int{3, 8, 11}
		}
		k := r.Intn(20)
		switch {
		case len(mins) == 0 || k < cut[0]:
			x := value(i)
			m := x
			if len(mins) > 0 {
				m = min(m, mins[len(mins)-1])
			}
			mins = append(mins, m)
			ops.Names = append(ops.Names, "Push")
			ops.Args = append(ops.Args, []any{x})
		case k < cut[1]:
			ops.Names = append(ops.Names, "Min")
			ops.Args = append(ops.Args, []any{})
		case k < cut[2]:
			ops.Names = append(ops.Names, "Top")
			ops.Args = append(ops.Args, []any{})
		default:
			mins = mins[:len(mins)-1]
			ops.Names = append(ops.Names, "Pop")
			ops.Args = append(ops.Args, []any{})
		}
	}
	return ops
}
