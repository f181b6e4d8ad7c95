package solution

// MinStack keeps a second stack of minimums but pushes onto it only when x
// is strictly smaller than its top. Two copies of the minimum then share one
// entry, and popping the first copy loses the minimum while the second is
// still in the stack.
type MinStack struct {
	values, mins []int
}

func NewMinStack() *MinStack { return &MinStack{} }

func (s *MinStack) Push(x int) {
	s.values = append(s.values, x)
	if len(s.mins) == 0 || x < s.mins[len(s.mins)-1] {
		s.mins = append(s.mins, x)
	}
}

func (s *MinStack) Pop() {
	x := s.values[len(s.values)-1]
	s.values = s.values[:len(s.values)-1]
	if x == s.mins[len(s.mins)-1] {
		s.mins = s.mins[:len(s.mins)-1]
	}
}

func (s *MinStack) Top() int { return s.values[len(s.values)-1] }

func (s *MinStack) Min() int { return s.mins[len(s.mins)-1] }
