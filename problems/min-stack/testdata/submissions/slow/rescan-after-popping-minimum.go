package solution

// MinStack keeps the minimum in one variable and, when the minimum is
// popped, finds the new one by scanning the stack: correct, but O(n) per
// such Pop.
type MinStack struct {
	values []int
	min    int
}

func NewMinStack() *MinStack { return &MinStack{} }

func (s *MinStack) Push(x int) {
	if len(s.values) == 0 || x < s.min {
		s.min = x
	}
	s.values = append(s.values, x)
}

func (s *MinStack) Pop() {
	x := s.values[len(s.values)-1]
	s.values = s.values[:len(s.values)-1]
	if x == s.min && len(s.values) > 0 {
		s.min = s.values[0]
		for _, v := range s.values {
			if v < s.min {
				s.min = v
			}
		}
	}
}

func (s *MinStack) Top() int { return s.values[len(s.values)-1] }

func (s *MinStack) Min() int { return s.min }
