package problems

import (
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const goodYAML = `title: Two Sum
topic: hash-maps
difficulty: easy
signature: func TwoSum(nums []int, target int) []int
optimal: O(n)
answer: exact
hints: [one, two]
`

func bankWith(files map[string]string) fstest.MapFS {
	fsys := fstest.MapFS{}
	for name, data := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(data)}
	}
	return fsys
}

func TestLoad(t *testing.T) {
	cat, err := Load(bankWith(map[string]string{
		"two-sum/problem.yaml": goodYAML, "two-sum/statement.md": "# Two Sum", "two-sum/cases.yaml": "[]",
		"two-sum/reference.go": "package twosum", "kit/kit.go": "package kit",
	}))
	require.NoError(t, err)
	p, err := cat.Problem("two-sum")
	require.NoError(t, err)
	assert.Equal(t, "Two Sum", p.Title)
	assert.Equal(t, "twosum", p.PackageName())
	assert.Equal(t, "github.com/grindjudge/grind/problems/two-sum", p.Package())
	assert.Equal(t, DefaultLimits, p.Limits)
	assert.Equal(t, []string{"nums", "target"}, p.ParamNames())
}

func TestLoadRejects(t *testing.T) {
	tests := []struct {
		name, yaml, want string
	}{
		{"unknown topic", "title: X\ntopic: graphs\ndifficulty: easy\nsignature: func F(n int) int\noptimal: O(1)\nanswer: exact\n", `topic "graphs" is not one of`},
		{"unknown field", goodYAML + "color: red\n", "field color not found"},
		{"bad signature", "title: X\ntopic: arrays\ndifficulty: easy\nsignature: func F(n int\noptimal: O(1)\nanswer: exact\n", "signature does not parse"},
		{"in-place without mutates", "title: X\ntopic: arrays\ndifficulty: easy\nsignature: func F(nums []int)\noptimal: O(n)\nanswer: in-place\n", "names the parameter it changes"},
		{"two results", "title: X\ntopic: arrays\ndifficulty: easy\nsignature: func F(n int) (int, int)\noptimal: O(1)\nanswer: exact\n", "returns exactly one value"},
		{"design without methods", "title: X\ntopic: arrays\ndifficulty: easy\nsignature: func F(n int) int\noptimal: O(1)\nanswer: design\n", "answer design goes with a constructor"},
		{"unknown mode", "title: X\ntopic: arrays\ndifficulty: easy\nsignature: func F(n int) int\noptimal: O(1)\nanswer: fuzzy\n", `answer "fuzzy" is not a known mode`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(bankWith(map[string]string{"x/problem.yaml": tt.yaml, "x/statement.md": "# X"}))
			require.Error(t, err)
			assert.Contains(t, err.Error(), "x/problem.yaml")
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestCasesAreChecked(t *testing.T) {
	tests := []struct {
		name, cases, want string
	}{
		{"fine", "- name: sample-1\n  sample: true\n  in: {nums: [1, 2], target: 3}\n  want: [0, 1]\n", ""},
		{"first not a sample", "- name: a\n  in: {nums: [1, 2], target: 3}\n  want: [0, 1]\n", "the first case must be a sample"},
		{"unknown parameter", "- name: a\n  sample: true\n  in: {nums: [1], goal: 3}\n  want: [0, 1]\n", `no parameter "goal"`},
		{"missing argument", "- name: a\n  sample: true\n  in: {nums: [1]}\n  want: [0, 1]\n", "argument target is missing"},
		{"wrong type", "- name: a\n  sample: true\n  in: {nums: [1, x], target: 3}\n  want: [0, 1]\n", `argument nums: [1]: want int, got "x"`},
		{"want missing", "- name: a\n  sample: true\n  in: {nums: [1], target: 3}\n", "want is missing"},
		{"want of the wrong type", "- name: a\n  sample: true\n  in: {nums: [1], target: 3}\n  want: 7\n", "want: want a list"},
		{"bad name", "- name: Big Case\n  sample: true\n  in: {nums: [1], target: 3}\n  want: [0]\n", "lowercase words joined by dashes"},
		{"duplicate name", "- name: a\n  sample: true\n  in: {nums: [1], target: 3}\n  want: [0]\n- name: a\n  in: {nums: [1], target: 3}\n  want: [0]\n", "the name is used twice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cat, err := Load(bankWith(map[string]string{"two-sum/problem.yaml": goodYAML, "two-sum/statement.md": "#", "two-sum/cases.yaml": tt.cases}))
			require.NoError(t, err)
			p, _ := cat.Problem("two-sum")
			_, err = p.Cases()
			if tt.want == "" {
				assert.NoError(t, err)
				return
			}
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestParseArgs(t *testing.T) {
	cat, err := Load(bankWith(map[string]string{"two-sum/problem.yaml": goodYAML, "two-sum/statement.md": "#",
		"two-sum/cases.yaml": "- name: s\n  sample: true\n  in: {nums: [2, 7], target: 9}\n  want: [0, 1]\n"}))
	require.NoError(t, err)
	p, _ := cat.Problem("two-sum")
	for _, in := range []string{`[1,2], 3`, ` {"target": 3, "nums": [1,2]} `} {
		args, err := p.ParseArgs(in)
		require.NoError(t, err, in)
		assert.Equal(t, "[1,2]", string(args[0]))
		assert.Equal(t, "3", string(args[1]))
	}
	_, err = p.ParseArgs(`[1,2`)
	assert.ErrorContains(t, err, "write the arguments in order, like [2,7], 9")
	_, err = p.ParseArgs(`[1,2]`)
	assert.ErrorContains(t, err, "1 arguments given, want 2 (nums []int, target int)")
}

func TestSuggest(t *testing.T) {
	cat, err := Bank()
	require.NoError(t, err)
	for typed, want := range map[string]string{
		"twosum": "two-sum", "TwoSum": "two-sum", "two-sums": "two-sum", "maxdepth": "max-depth",
		"MaxDepth": "max-depth", "lru": "lru-cache", "LRUCache": "lru-cache", "revrse-list": "reverse-list",
	} {
		_, err := cat.Problem(typed)
		var nf *NotFoundError
		require.ErrorAs(t, err, &nf, typed)
		require.NotEmpty(t, nf.Suggest, typed)
		assert.Equal(t, want, nf.Suggest[0], typed)
	}
	_, err = cat.Problem("zzzzzzzzzzzz")
	var nf *NotFoundError
	require.ErrorAs(t, err, &nf)
	assert.Empty(t, nf.Suggest)
	assert.Equal(t, `no problem "zzzzzzzzzzzz" (grind list shows all)`, nf.Error())
}

func TestParseSignature(t *testing.T) {
	s, err := ParseSignature("func NewLRUCache(capacity int) *LRUCache\nfunc (c *LRUCache) Get(key int) int\nfunc (c *LRUCache) Put(key, value int)")
	require.NoError(t, err)
	require.NotNil(t, s.Design)
	assert.Equal(t, "LRUCache", s.Design.Type)
	assert.Len(t, s.Design.Methods, 2)
	assert.Equal(t, "func (c *LRUCache) Put(key, value int)", s.Design.Methods[1].String())
	assert.Len(t, s.Design.Methods[1].Params, 2)

	s, err = ParseSignature("func BuildTree(preorder, inorder []int) *TreeNode")
	require.NoError(t, err)
	assert.True(t, s.Uses("TreeNode"))
	assert.False(t, s.Uses("ListNode"))
	assert.Equal(t, "(preorder []int, inorder []int) *TreeNode", s.Func.TypeString())

	_, err = ParseSignature("func A() int\nfunc B() int")
	assert.Error(t, err)
	_, err = ParseSignature("func New() *T\nfunc (x *U) M()")
	assert.ErrorContains(t, err, "must return *U")
}

// TestBankLoads checks every embedded problem and its cases.
func TestBankLoads(t *testing.T) {
	cat, err := Bank()
	require.NoError(t, err)
	require.NotEmpty(t, cat.All())
	for _, p := range cat.All() {
		cases, err := p.Cases()
		if assert.NoError(t, err, p.Slug) {
			samples := 0
			for _, c := range cases {
				if c.Sample {
					samples++
				}
			}
			assert.GreaterOrEqual(t, samples, 1, p.Slug)
		}
		src, err := p.Sources()
		assert.NoError(t, err, p.Slug)
		assert.Contains(t, src, "reference.go", p.Slug)
		if p.Answer == "any-valid" {
			assert.Contains(t, src, "check.go", "%s: any-valid problems keep their checker in check.go", p.Slug)
		}
		assert.NotEmpty(t, p.Hints, p.Slug)
	}
}
