package judge

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestStaticCheck(t *testing.T) {
	j := testJudge(t)
	tests := []struct {
		problem string
		src     string
		want    string // "" means it passes
	}{
		{"two-sum", "package x\nfunc TwoSum(nums []int, target int) []int { return nil }", ""},
		{"two-sum", "package x\nfunc TwoSum(a []int, b int) []int { return nil }", ""},
		{"two-sum", "package x\nfunc TwoSum(nums []int, target int64) []int { return nil }", "have: func TwoSum(nums []int, target int64) []int"},
		{"two-sum", "package x\nfunc TwoSum[T any](nums []T, target int) []int { return nil }", "wrong signature"},
		{"two-sum", "package x\nimport \"sort\"\nfunc TwoSum(nums []int, target int) []int { sort.Ints(nums); return nil }", ""},
		{"two-sum", "package x\nimport \"net/http\"\nfunc TwoSum(nums []int, target int) []int { return nil }", `import "net/http": solutions cannot use the network`},
		{"two-sum", "package x\nimport \"runtime/debug\"\nfunc TwoSum(nums []int, target int) []int { return nil }", "cannot change the runtime's limits"},
		{"two-sum", "package x\nimport \"debug/elf\"\nfunc TwoSum(nums []int, target int) []int { return nil }", "not allowed in solutions"},
		{"max-depth", "package x\nfunc MaxDepth(root *TreeNode) int { return 0 }", ""},
		{"max-depth", "package x\ntype TreeNode struct{ Val int; Left, Right *TreeNode }\nfunc MaxDepth(root *TreeNode) int { return 0 }", ""},
		{"max-depth", "package x\ntype TreeNode struct{ Left, Right *TreeNode; Val int }\nfunc MaxDepth(root *TreeNode) int { return 0 }", "type TreeNode must be struct{ Val int; Left, Right *TreeNode }"},
		{"lru-cache", "package x\ntype LRUCache struct{}\nfunc NewLRUCache(capacity int) *LRUCache { return nil }\nfunc (c LRUCache) Get(key int) int { return 0 }\nfunc (c *LRUCache) Put(key, value int) {}", ""},
		{"lru-cache", "package x\nfunc NewLRUCache(capacity int) *LRUCache { return nil }", "type LRUCache is missing"},
		{"lru-cache", "package x\ntype LRUCache struct{}\nfunc NewLRUCache(capacity int) *LRUCache { return nil }\nfunc (c *LRUCache) Get(key int) (int, bool) { return 0, false }\nfunc (c *LRUCache) Put(key, value int) {}", "Get has the wrong signature"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			p, err := j.Catalogue.Problem(tt.problem)
			require.NoError(t, err)
			sol := &Solution{Dir: "x", Files: []File{{Path: "x/solution.go", Name: "solution.go", Data: []byte(tt.src)}}}
			_, err = staticCheck(p, sol)
			if tt.want == "" {
				assert.NoError(t, err)
				return
			}
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestStaticCheckSeesEveryFile(t *testing.T) {
	j := testJudge(t)
	p, err := j.Catalogue.Problem("two-sum")
	require.NoError(t, err)
	sol := &Solution{Dir: "x", Files: []File{
		{Path: "x/a.go", Name: "a.go", Data: []byte("package a\nfunc TwoSum(nums []int, target int) []int { return helper() }")},
		{Path: "x/b.go", Name: "b.go", Data: []byte("package b\nfunc helper() []int { return nil }")},
	}}
	_, err = staticCheck(p, sol)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "x/b.go: package b, but x/a.go is package a")
}

func TestRenamePackageKeepsLines(t *testing.T) {
	src := []byte("// doc\npackage mine // trailing\n\nfunc F() {}\n")
	out := renamePackage(src, len("// doc\npackage "))
	assert.Equal(t, "// doc\npackage solution // trailing\n\nfunc F() {}\n", string(out))
}
