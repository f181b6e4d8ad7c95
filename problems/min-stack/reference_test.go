package minstack

import (
	"math"
	"math/rand"
	"testing"

	"github.com/grindjudge/grind/problems/problemtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReferenceOnStoredCases(t *testing.T) {
	problemtest.Cases(t, "min-stack", NewMinStack)
}

// oracle is a plain slice whose minimum is found by scanning: obviously
// right, O(n) per Min.
type oracle struct{ values []int }

func (o *oracle) min() int {
	m := o.values[0]
	for _, v := range o.values {
		m = min(m, v)
	}
	return m
}

// replay runs ops on the reference and the oracle side by side, and
// reports the largest stack and how often Min was asked.
func replay(t *testing.T, names []string, args [][]any) (deepest, mins int) {
	t.Helper()
	s := NewMinStack()
	o := &oracle{}
	for i := 1; i < len(names); i++ {
		switch names[i] {
		case "Push":
			x := args[i][0].(int)
			require.True(t, x >= math.MinInt32 && x <= math.MaxInt32, "value %d out of range", x)
			s.Push(x)
			o.values = append(o.values, x)
		case "Pop":
			require.NotEmpty(t, o.values, "op %d: Pop on an empty stack", i)
			s.Pop()
			o.values = o.values[:len(o.values)-1]
		case "Top":
			require.NotEmpty(t, o.values, "op %d: Top on an empty stack", i)
			require.Equal(t, o.values[len(o.values)-1], s.Top(), "op %d", i)
		case "Min":
			require.NotEmpty(t, o.values, "op %d: Min on an empty stack", i)
			require.Equal(t, o.min(), s.Min(), "op %d: %v", i, o.values)
			mins++
		default:
			t.Fatalf("op %d: unknown %s", i, names[i])
		}
		deepest = max(deepest, len(o.values))
	}
	return deepest, mins
}

func TestReferenceAgainstOracle(t *testing.T) {
	r := rand.New(rand.NewSource(43))
	for round := 0; round < 400; round++ {
		ops := Generate(r, 2+r.Intn(80))
		require.Equal(t, "MinStack", ops.Names[0])
		require.Len(t, ops.Args, len(ops.Names))
		replay(t, ops.Names, ops.Args)
	}
	// Hand-built runs with many repeated values.
	for round := 0; round < 300; round++ {
		names, args := []string{"MinStack"}, [][]any{{}}
		size := 0
		for k := 0; k < 40; k++ {
			switch op := r.Intn(4); {
			case size == 0 || op == 0:
				names, args = append(names, "Push"), append(args, []any{r.Intn(3)})
				size++
			case op == 1:
				names, args = append(names, "Pop"), append(args, []any{})
				size--
			case op == 2:
				names, args = append(names, "Top"), append(args, []any{})
			default:
				names, args = append(names, "Min"), append(args, []any{})
			}
		}
		replay(t, names, args)
	}
}

func TestGeneratorMakesRescansPay(t *testing.T) {
	r := rand.New(rand.NewSource(47))
	ops := Generate(r, 20000)
	require.Len(t, ops.Names, 20000)
	deepest, mins := replay(t, ops.Names, ops.Args)
	assert.Greater(t, deepest, 4000, "the stack must grow deep")
	assert.Greater(t, mins, 3000, "Min must be asked often")
	// Popping the current minimum must be common.
	s, poppedMin := NewMinStack(), 0
	for i := 1; i < len(ops.Names); i++ {
		switch ops.Names[i] {
		case "Push":
			s.Push(ops.Args[i][0].(int))
		case "Pop":
			if s.Top() == s.Min() {
				poppedMin++
			}
			s.Pop()
		}
	}
	assert.Greater(t, poppedMin, 2000, "pops must often remove the minimum")
}
