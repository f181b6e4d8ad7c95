package maxdepth

import (
	"math/rand"
	"testing"

	"github.com/grindjudge/grind/problems/kit"
	"github.com/grindjudge/grind/problems/problemtest"
	"github.com/stretchr/testify/assert"
)

func TestReferenceOnStoredCases(t *testing.T) {
	problemtest.Cases(t, "max-depth", MaxDepth)
}

// oracle is the textbook recursion.
func oracle(n *TreeNode) int {
	if n == nil {
		return 0
	}
	return 1 + max(oracle(n.Left), oracle(n.Right))
}

func TestReferenceAgainstOracle(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	for k := 0; k < 500; k++ {
		n := r.Intn(60)
		vals := kit.Ints(r, n, -100, 100)
		for _, root := range []*TreeNode{
			kit.Tree(r, vals, kit.Random), kit.Tree(r, vals, kit.Complete), kit.Tree(r, vals, kit.Zigzag),
			Generate(r, n)[0].(*TreeNode),
		} {
			assert.Equal(t, oracle(root), MaxDepth(root), "tree %s", kit.Show(root))
		}
	}
}

func TestGeneratorIsDeep(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	root := Generate(r, 3000)[0].(*TreeNode)
	assert.Len(t, kit.TreeValues(root), 3000)
	assert.Greater(t, MaxDepth(root), 1500, "the ladder's trees must be deep")
}
