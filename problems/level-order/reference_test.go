package levelorder

import (
	"math/rand"
	"testing"

	"github.com/grindjudge/grind/problems/kit"
	"github.com/grindjudge/grind/problems/problemtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReferenceOnStoredCases(t *testing.T) {
	problemtest.Cases(t, "level-order", LevelOrder)
}

// oracle collects the nodes at depth 0, 1, 2, ... by walking down from the
// root once per depth, left before right.
func oracle(root *TreeNode) [][]int {
	var levels [][]int
	for d := 0; ; d++ {
		var level []int
		var walk func(n *TreeNode, k int)
		walk = func(n *TreeNode, k int) {
			if n == nil {
				return
			}
			if k == d {
				level = append(level, n.Val)
				return
			}
			walk(n.Left, k+1)
			walk(n.Right, k+1)
		}
		walk(root, 0)
		if level == nil {
			return levels
		}
		levels = append(levels, level)
	}
}

func TestReferenceAgainstOracle(t *testing.T) {
	r := rand.New(rand.NewSource(31))
	for k := 0; k < 500; k++ {
		n := r.Intn(50)
		vals := kit.Ints(r, n, -1000, 1000)
		for _, root := range []*TreeNode{
			kit.Tree(r, vals, kit.Random), kit.Tree(r, vals, kit.Complete), kit.Tree(r, vals, kit.Zigzag),
			broom(r, vals), Generate(r, n)[0].(*TreeNode),
		} {
			want, got := oracle(root), LevelOrder(root)
			require.Equal(t, len(want), len(got), "tree %s", kit.Show(root))
			for i := range want {
				require.Equal(t, want[i], got[i], "tree %s, level %d", kit.Show(root), i)
			}
		}
	}
}

func TestLevelsDoNotShareCapacity(t *testing.T) {
	// Appending to one level must not write into the next.
	levels := LevelOrder(kit.Parse[*TreeNode]("[1,2,3,4,5,6,7]"))
	levels[0] = append(levels[0], 99)
	assert.Equal(t, []int{2, 3}, levels[1])
}

func TestGenerator(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for _, n := range Ladder {
		root := Generate(r, n)[0].(*TreeNode)
		levels := LevelOrder(root)
		total, widest := 0, 0
		for _, l := range levels {
			total += len(l)
			widest = max(widest, len(l))
			for _, v := range l {
				require.True(t, v >= -1000 && v <= 1000, "value %d out of range", v)
			}
		}
		require.Equal(t, n, total)
		assert.Greater(t, len(levels), n/16, "the ladder's trees must be deep")
		assert.Greater(t, widest, n/4, "the ladder's trees must be wide")
	}
	for _, n := range Random {
		assert.Len(t, kit.TreeValues(Generate(r, n)[0].(*TreeNode)), n)
	}
}
