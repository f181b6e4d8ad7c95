package treediameter

import (
	"math/rand"
	"testing"

	"github.com/grindjudge/grind/problems/kit"
	"github.com/grindjudge/grind/problems/problemtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReferenceOnStoredCases(t *testing.T) {
	problemtest.Cases(t, "tree-diameter", DiameterOfBinaryTree)
}

// oracle turns the tree into an undirected graph and runs a breadth-first
// search from every node: the largest distance found is the diameter.
func oracle(root *TreeNode) int {
	adj := map[*TreeNode][]*TreeNode{}
	var link func(n *TreeNode)
	link = func(n *TreeNode) {
		if n == nil {
			return
		}
		if _, ok := adj[n]; !ok {
			adj[n] = nil // a lone node still counts
		}
		for _, c := range []*TreeNode{n.Left, n.Right} {
			if c != nil {
				adj[n] = append(adj[n], c)
				adj[c] = append(adj[c], n)
				link(c)
			}
		}
	}
	link(root)
	best := 0
	for start := range adj {
		dist := map[*TreeNode]int{start: 0}
		queue := []*TreeNode{start}
		for len(queue) > 0 {
			u := queue[0]
			queue = queue[1:]
			best = max(best, dist[u])
			for _, v := range adj[u] {
				if _, seen := dist[v]; !seen {
					dist[v] = dist[u] + 1
					queue = append(queue, v)
				}
			}
		}
	}
	return best
}

func TestReferenceAgainstOracle(t *testing.T) {
	r := rand.New(rand.NewSource(8))
	notThroughRoot := 0
	for k := 0; k < 500; k++ {
		n := r.Intn(45)
		vals := kit.Ints(r, n, -100, 100)
		for _, root := range []*TreeNode{
			kit.Tree(r, vals, kit.Random), kit.Tree(r, vals, kit.Complete), kit.Tree(r, vals, kit.RightChain),
			Generate(r, n)[0].(*TreeNode),
		} {
			want := oracle(root)
			require.Equal(t, want, DiameterOfBinaryTree(root), "tree %s", kit.Show(root))
			if root != nil && want > kit.TreeHeight(root.Left)+kit.TreeHeight(root.Right) {
				notThroughRoot++
			}
		}
	}
	assert.Greater(t, notThroughRoot, 100, "the random trees should often have their longest path away from the root")
}

func TestGenerator(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for _, n := range Ladder {
		root := Generate(r, n)[0].(*TreeNode)
		vals := kit.TreeValues(root)
		require.Len(t, vals, n)
		assert.Greater(t, kit.TreeHeight(root), n/2, "the ladder's trees must be deep")
		for _, v := range vals {
			require.True(t, v >= -100 && v <= 100, "value %d out of range", v)
		}
	}
	for _, n := range Random {
		assert.Len(t, kit.TreeValues(Generate(r, n)[0].(*TreeNode)), n)
	}
}
