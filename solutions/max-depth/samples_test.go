package maxdepth

// The samples of max-depth as a Go test, written by grind init: go test runs
// them, and a debugger can step through your code on them.
// grind submit max-depth judges the hidden cases too.

import (
	"fmt"
	"strings"
	"testing"
)

func TestSamples(t *testing.T) {
	tests := []struct {
		name string
		root *TreeNode
		want int
	}{
		{"sample-1", tree(1, 2, 3, 4, 5, 6, 7), 3},
		{"sample-2", tree(7), 1},
		{"sample-3", nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := MaxDepth(tt.root)
			if got != tt.want {
				t.Errorf("MaxDepth(%v) = %v, want %v", show(tt.root), got, tt.want)
			}
		})
	}
}

// tree builds a tree from its values in level order, nil for no node.
func tree(vals ...any) *TreeNode {
	if len(vals) == 0 || vals[0] == nil {
		return nil
	}
	root := &TreeNode{Val: vals[0].(int)}
	queue := []*TreeNode{root}
	for i := 1; i < len(vals); {
		n := queue[0]
		queue = queue[1:]
		if vals[i] != nil {
			n.Left = &TreeNode{Val: vals[i].(int)}
			queue = append(queue, n.Left)
		}
		i++
		if i < len(vals) && vals[i] != nil {
			n.Right = &TreeNode{Val: vals[i].(int)}
			queue = append(queue, n.Right)
		}
		i++
	}
	return root
}

// show writes a tree or list the way grind does: [3,9,20,null,null,15,7].
func show(v any) string {
	var vals []string
	switch v := v.(type) {
	case *TreeNode:
		queue := []*TreeNode{v}
		for len(queue) > 0 {
			n := queue[0]
			queue = queue[1:]
			if n == nil {
				vals = append(vals, "null")
				continue
			}
			vals = append(vals, fmt.Sprint(n.Val))
			queue = append(queue, n.Left, n.Right)
		}
		for len(vals) > 0 && vals[len(vals)-1] == "null" {
			vals = vals[:len(vals)-1]
		}
	default:
		return fmt.Sprint(v)
	}
	return "[" + strings.Join(vals, ",") + "]"
}
