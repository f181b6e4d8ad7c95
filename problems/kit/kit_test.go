package kit

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// userTree and userList stand for a solution's own node types: same fields,
// other names.
type userTree struct {
	Val         int
	Left, Right *userTree
}

type userList struct {
	Val  int
	Next *userList
}

func TestRoundTrip(t *testing.T) {
	tests := []struct {
		name     string
		typ      reflect.Type
		in, want string // want "" means the same as in
	}{
		{"ints", reflect.TypeFor[[]int](), "[1, -2, 3]", "[1,-2,3]"},
		{"empty slice", reflect.TypeFor[[]int](), "[]", ""},
		{"null slice", reflect.TypeFor[[]int](), "null", "[]"},
		{"nested", reflect.TypeFor[[][]int](), "[[1,2],[],[3]]", ""},
		{"int64 extremes", reflect.TypeFor[[]int](), "[-9223372036854775808,9223372036854775807]", ""},
		{"exponent integer", reflect.TypeFor[int](), "1e18", "1000000000000000000"},
		{"string escapes", reflect.TypeFor[string](), `"a\"b\\c\n"`, ""},
		{"strings", reflect.TypeFor[[]string](), `["eat","","tea"]`, ""},
		{"bool", reflect.TypeFor[bool](), "true", ""},
		{"float", reflect.TypeFor[float64](), "2.5", ""},
		{"whole float", reflect.TypeFor[float64](), "2", "2.0"},
		{"tree", reflect.TypeFor[*TreeNode](), "[3,9,20,null,null,15,7]", ""},
		{"tree trailing nulls", reflect.TypeFor[*TreeNode](), "[1,2,null,null,null]", "[1,2]"},
		{"tree right chain", reflect.TypeFor[*TreeNode](), "[1,null,2,null,3]", ""},
		{"empty tree", reflect.TypeFor[*TreeNode](), "[]", ""},
		{"user tree", reflect.TypeFor[*userTree](), "[1,2,3,null,4]", ""},
		{"list", reflect.TypeFor[*ListNode](), "[1,2,3]", ""},
		{"user list", reflect.TypeFor[*userList](), "[5]", ""},
		{"empty list", reflect.TypeFor[*ListNode](), "[]", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := Decode([]byte(tt.in), tt.typ)
			require.NoError(t, err)
			want := tt.want
			if want == "" {
				want = tt.in
			}
			assert.Equal(t, want, Encode(v))
		})
	}
}

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name string
		typ  reflect.Type
		in   string
		want string
	}{
		{"string for int", reflect.TypeFor[[]int](), `[1,"x"]`, `[1]: want int, got "x"`},
		{"fraction for int", reflect.TypeFor[int](), `1.5`, `want int, got 1.5`},
		{"overflow int32", reflect.TypeFor[int32](), `3000000000`, `does not fit in int32`},
		{"object for slice", reflect.TypeFor[[]int](), `{"a":1}`, `want an array`},
		{"null root", reflect.TypeFor[*TreeNode](), `[null,1]`, `root cannot be null`},
		{"too many tree values", reflect.TypeFor[*TreeNode](), `[1,null,null,2]`, `more values than the tree has places for`},
		{"bad json", reflect.TypeFor[[]int](), `[1,2`, `not valid notation`},
		{"two values", reflect.TypeFor[int](), `1 2`, `more than one value`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode([]byte(tt.in), tt.typ)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestFormatTruncates(t *testing.T) {
	big := make([]int, 100000)
	got := Format(reflect.ValueOf(big), 40)
	assert.True(t, strings.HasPrefix(got, "[0,0,0"), got)
	assert.Contains(t, got, "more)]")
	assert.Less(t, len(got), 80)

	long := strings.Repeat("ab", 5000)
	got = Format(reflect.ValueOf(long), 30)
	assert.Contains(t, got, "(10000 bytes in all)")
	assert.Less(t, len(got), 80)

	chain := Tree(nil, make([]int, 1000), RightChain)
	got = Format(reflect.ValueOf(chain), 50)
	assert.Contains(t, got, "more)]")
}

func TestConvert(t *testing.T) {
	src := Parse[*TreeNode]("[1,2,3,null,4]")
	v, err := Convert(reflect.ValueOf(src), reflect.TypeFor[*userTree]())
	require.NoError(t, err)
	u := v.Interface().(*userTree)
	assert.Equal(t, "[1,2,3,null,4]", Show(u))
	u.Left.Val = 99
	assert.Equal(t, 2, src.Left.Val, "the copy must not share nodes with the source")

	nums := []int{1, 2, 3}
	c := Copy(reflect.ValueOf(nums)).Interface().([]int)
	c[0] = 7
	assert.Equal(t, 1, nums[0], "the copy must not share the backing array")

	grid := [][]int{{1}, {2, 3}}
	g := Copy(reflect.ValueOf(grid)).Interface().([][]int)
	g[1][0] = 9
	assert.Equal(t, 2, grid[1][0], "inner slices must be copied too")
}

func TestConvertRejectsCyclesAndSharing(t *testing.T) {
	l := &userList{Val: 1, Next: &userList{Val: 2}}
	l.Next.Next = l
	_, err := Convert(reflect.ValueOf(l), reflect.TypeFor[*ListNode]())
	require.Error(t, err)
	assert.Contains(t, err.Error(), "cycle")

	shared := &userTree{Val: 2}
	tr := &userTree{Val: 1, Left: shared, Right: shared}
	_, err = Convert(reflect.ValueOf(tr), reflect.TypeFor[*TreeNode]())
	require.Error(t, err)
	assert.Contains(t, err.Error(), "reachable twice")

	_, err = Convert(reflect.ValueOf([]string{"a"}), reflect.TypeFor[[]int]())
	assert.Error(t, err)
}

func TestConvertDeepChainWithoutRecursion(t *testing.T) {
	chain := Tree(nil, make([]int, 1_000_000), LeftChain)
	v, err := Convert(reflect.ValueOf(chain), reflect.TypeFor[*userTree]())
	require.NoError(t, err)
	depth := 0
	for n := v.Interface().(*userTree); n != nil; n = n.Left {
		depth++
	}
	assert.Equal(t, 1_000_000, depth)
}

func TestDiff(t *testing.T) {
	tests := []struct {
		name      string
		mode      Mode
		typ       reflect.Type
		want, got string
		diff      string // "" when equal
	}{
		{"exact equal", Exact, reflect.TypeFor[[]int](), "[0,1]", "[0,1]", ""},
		{"nil equals empty", Exact, reflect.TypeFor[[]int](), "[]", "null", ""},
		{"exact index", Exact, reflect.TypeFor[[]int](), "[0,1,2]", "[0,1,5]", "[2]: got 5, want 2"},
		{"exact length", Exact, reflect.TypeFor[[]int](), "[0,1]", "[0]", "length 1, want 2: the first 1 agree, then missing [1]"},
		{"empty against some", Exact, reflect.TypeFor[[]int](), "[0,2]", "[]", "length 0, want 2: nothing in common, then missing [0,2]"},
		{"extra at the end", Exact, reflect.TypeFor[[]int](), "[1]", "[1,5,6,7,8]", "length 5, want 1: the first 1 agree, then extra [5,6,7,…1 more]"},
		{"differs before the length", Exact, reflect.TypeFor[[]int](), "[1,2,3]", "[1,9]", "[1]: got 9, want 2 (and length 2, want 3)"},
		{"scalar", Exact, reflect.TypeFor[int](), "4", "-1", "got -1, want 4"},
		{"order matters in exact", Exact, reflect.TypeFor[[]int](), "[1,2]", "[2,1]", "[0]: got 2, want 1"},
		{"any order", AnyOrder, reflect.TypeFor[[]int](), "[1,2,3]", "[3,1,2]", ""},
		{"any order keeps inner order", AnyOrder, reflect.TypeFor[[][]int](), "[[1,2],[2,1]]", "[[2,1],[1,2]]", ""},
		{"any order inner order matters", AnyOrder, reflect.TypeFor[[][]int](), "[[1,2]]", "[[2,1]]", "missing [1,2]; unexpected [2,1]"},
		{"any order deep", AnyOrderDeep, reflect.TypeFor[[][]int](), "[[],[1],[1,2]]", "[[2,1],[],[1]]", ""},
		{"any order deep missing", AnyOrderDeep, reflect.TypeFor[[][]int](), "[[],[1],[2],[1,2]]", "[[],[1],[1],[1,2]]", "missing [2]; unexpected [1]"},
		{"any order duplicate count", AnyOrder, reflect.TypeFor[[]int](), "[1,1,2]", "[1,2,2]", "missing 1; unexpected 2"},
		{"float close", Float, reflect.TypeFor[float64](), "2.5", "2.5000000001", ""},
		{"float far", Float, reflect.TypeFor[float64](), "2.5", "2.0", "got 2.0, want 2.5"},
		{"float exact mode", Exact, reflect.TypeFor[float64](), "2.5", "2.5000000001", "got 2.5000000001, want 2.5"},
		{"tree equal", Exact, reflect.TypeFor[*TreeNode](), "[1,2,3]", "[1,2,3]", ""},
		{"tree value", Exact, reflect.TypeFor[*TreeNode](), "[1,2,3,4]", "[1,2,3,5]", "at root→L→L: got 5, want 4"},
		{"tree shape", Exact, reflect.TypeFor[*TreeNode](), "[1,2]", "[1,null,2]", "at root→L: got null, want 2"},
		{"list short", Exact, reflect.TypeFor[*ListNode](), "[1,2,3]", "[1,2]", "ends after 2 nodes"},
		{"list value", Exact, reflect.TypeFor[*ListNode](), "[1,2,3]", "[1,4,3]", "node 1: got 4, want 2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want, err := Decode([]byte(tt.want), tt.typ)
			require.NoError(t, err)
			got, err := Decode([]byte(tt.got), tt.typ)
			require.NoError(t, err)
			d := Diff(tt.mode, want, got)
			if tt.diff == "" {
				assert.Empty(t, d)
			} else {
				assert.Contains(t, d, tt.diff)
			}
		})
	}
}

func TestGenerators(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	d := DistinctInts(r, 1000, -5000, 5000)
	seen := map[int]bool{}
	for _, v := range d {
		assert.False(t, seen[v], "duplicate %d", v)
		assert.True(t, v >= -5000 && v <= 5000)
		seen[v] = true
	}
	vals := make([]int, 100)
	for i := range vals {
		vals[i] = i
	}
	for _, shape := range []Shape{Random, Complete, LeftChain, RightChain, Zigzag} {
		root := Tree(r, vals, shape)
		got := TreeValues(root)
		assert.ElementsMatch(t, vals, got, "shape %d loses nodes", shape)
	}
	heights := map[Shape]int{Complete: 7, LeftChain: 100, RightChain: 100, Zigzag: 100}
	for shape, want := range heights {
		assert.Equal(t, want, TreeHeight(Tree(r, vals, shape)), "height of shape %d", shape)
	}
	assert.Equal(t, 0, TreeHeight(nil))
	assert.Equal(t, 1, TreeHeight(&TreeNode{Val: 1}))
	bst := BST(DistinctInts(r, 200, 0, 1000))
	var prev = -1
	var inorder func(*TreeNode)
	inorder = func(n *TreeNode) {
		if n == nil {
			return
		}
		inorder(n.Left)
		assert.Greater(t, n.Val, prev)
		prev = n.Val
		inorder(n.Right)
	}
	inorder(bst)
	assert.Equal(t, []int{1, 2, 3}, ListValues(List([]int{1, 2, 3})))
}

// oddTree and oddList order their fields unlike kit's, so they take the
// reflection path instead of the fast one.
type oddTree struct {
	Left, Right *oddTree
	Val         int
}

type oddList struct {
	Next *oddList
	Val  int
}

func TestConvertBothPaths(t *testing.T) {
	for _, typ := range []reflect.Type{reflect.TypeFor[*userTree](), reflect.TypeFor[*oddTree]()} {
		src := Parse[*TreeNode]("[5,3,8,1,null,7,9,null,2]")
		v, err := Convert(reflect.ValueOf(src), typ)
		require.NoError(t, err)
		assert.Equal(t, "[5,3,8,1,null,7,9,null,2]", Encode(v), typ.String())
		back, err := Convert(v, reflect.TypeFor[*TreeNode]())
		require.NoError(t, err)
		assert.True(t, Equal(reflect.ValueOf(src), back))
	}
	for _, typ := range []reflect.Type{reflect.TypeFor[*userList](), reflect.TypeFor[*oddList]()} {
		v, err := Convert(reflect.ValueOf(Parse[*ListNode]("[4,5,6]")), typ)
		require.NoError(t, err)
		assert.Equal(t, "[4,5,6]", Encode(v), typ.String())
	}

	odd := &oddList{Val: 1}
	odd.Next = &oddList{Val: 2, Next: odd}
	_, err := Convert(reflect.ValueOf(odd), reflect.TypeFor[*ListNode]())
	assert.ErrorContains(t, err, "cycle")

	loop := &userTree{Val: 1}
	loop.Left = &userTree{Val: 2, Right: loop}
	_, err = Convert(reflect.ValueOf(loop), reflect.TypeFor[*TreeNode]())
	assert.ErrorContains(t, err, "reachable twice")
}

func TestHasCycle(t *testing.T) {
	for n := 1; n < 40; n++ {
		nodes := make([]ListNode, n)
		for i := 0; i+1 < n; i++ {
			nodes[i].Next = &nodes[i+1]
		}
		assert.False(t, hasCycle(&nodes[0]), "n=%d", n)
		for back := 0; back < n; back++ {
			nodes[n-1].Next = &nodes[back]
			assert.True(t, hasCycle(&nodes[0]), "n=%d back to %d", n, back)
		}
		nodes[n-1].Next = nil
	}
}

func TestCopyCommonTypes(t *testing.T) {
	grid := [][]int{{1, 2}, nil, {}, {3}}
	c := Copy(reflect.ValueOf(grid)).Interface().([][]int)
	assert.Equal(t, grid, c)
	assert.Nil(t, c[1], "a nil row stays nil")
	c[0][0] = 9
	c[3] = append(c[3], 4) // must not run into another row's memory
	assert.Equal(t, 1, grid[0][0])
	assert.Equal(t, []int{3}, grid[3])
	c[2] = append(c[2], 7)
	assert.Equal(t, []int{3, 4}, c[3], "rows do not share capacity")

	words := []string{"a", "b"}
	w := Copy(reflect.ValueOf(words)).Interface().([]string)
	w[0] = "z"
	assert.Equal(t, "a", words[0])
	assert.Nil(t, Copy(reflect.ValueOf([]int(nil))).Interface().([]int))

	assert.True(t, Equal(reflect.ValueOf([][]int{{1}, {}}), reflect.ValueOf([][]int{{1}, nil})), "nil and empty rows are equal")
	assert.False(t, Equal(reflect.ValueOf([][]int{{1}, {2}}), reflect.ValueOf([][]int{{1}, {3}})))
}
