package solution

// MinStack is a plain slice, and Min looks at every element: correct, but
// O(n) per Min.
type MinStack struct {
	values []int
}

func NewMinStack() *MinStack { return &MinStack{} }

func (s *MinStack) Push(x int) { s.values = append(s.values, x) }

func (s *MinStack) Pop() { s.values = s.values[:len(s.values)-1] }

func (s *MinStack) Top() int { return s.values[len(s.values)-1] }

func (s *MinStack) Min() int {
	m := s.values[0]
	for _, v := range s.values[1:] {
		if v < m {
			m = v
		}
	}
	return m
}
