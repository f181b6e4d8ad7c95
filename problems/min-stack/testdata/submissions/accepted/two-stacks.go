package solution

// MinStack keeps the values on one stack and the minimums on a second: a
// pushed value also goes on the second stack when it is no larger than its
// top (so every copy of the minimum has an entry), and leaves it when it is
// popped. O(1) per operation.
type MinStack struct {
	values, mins []int
}

func NewMinStack() *MinStack { return &MinStack{} }

func (s *MinStack) Push(x int) {
	s.values = append(s.values, x)
	if len(s.mins) == 0 || x <= s.mins[len(s.mins)-1] {
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
