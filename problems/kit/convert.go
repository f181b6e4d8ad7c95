package kit

import (
	"errors"
	"fmt"
	"reflect"
	"unsafe"
)

// Convert returns a deep copy of v as type t. The two types must have the same
// structure: numbers of any size to each other, slices element by element,
// tree nodes to tree nodes and list nodes to list nodes, whatever their names.
// The copy shares no memory with v. Convert trusts nothing about v: a list
// with a cycle, or a tree whose nodes are shared or form a cycle, is an
// error that says so. It is for values a solution returned.
func Convert(v reflect.Value, t reflect.Type) (reflect.Value, error) {
	out := reflect.New(t).Elem()
	if err := convert(v, out, true); err != nil {
		return reflect.Value{}, err
	}
	return out, nil
}

// Copy returns a deep copy of v with the same type. It trusts v to be well
// formed, as inputs and the reference's answers are.
func Copy(v reflect.Value) reflect.Value { return CopyAs(v, v.Type()) }

// CopyAs is Convert for trusted values: inputs and the reference's answers,
// which have no cycles, so it skips looking for them. It panics if the types
// differ in structure.
func CopyAs(v reflect.Value, t reflect.Type) reflect.Value {
	out := reflect.New(t).Elem()
	if err := convert(v, out, false); err != nil {
		panic("kit.CopyAs: " + err.Error())
	}
	return out
}

func convert(v, out reflect.Value, checked bool) error {
	from, to := v.Type(), out.Type()
	if from == to && v.CanInterface() {
		if c, ok := copyCommon(v.Interface()); ok {
			out.Set(reflect.ValueOf(c))
			return nil
		}
	}
	if fn, ok := nodeOf(from); ok {
		tn, ok := nodeOf(to)
		if !ok || tn.shape != fn.shape {
			return fmt.Errorf("cannot convert %s to %s", from, to)
		}
		if fn.shape == shapeList {
			return convertList(v, out, fn, tn, checked)
		}
		return convertTree(v, out, fn, tn, checked)
	}
	fk, tk := from.Kind(), to.Kind()
	switch {
	case (isInt(fk) || isUint(fk)) && (isInt(tk) || isUint(tk)),
		isFloat(fk) && isFloat(tk),
		fk == reflect.String && tk == reflect.String,
		fk == reflect.Bool && tk == reflect.Bool:
		out.Set(v.Convert(to))
	case fk == reflect.Slice && tk == reflect.Slice:
		if v.IsNil() {
			return nil
		}
		s := reflect.MakeSlice(to, v.Len(), v.Len())
		if from.Elem() == to.Elem() && isFlat(from.Elem().Kind()) {
			reflect.Copy(s, v)
		} else {
			for i := 0; i < v.Len(); i++ {
				if err := convert(v.Index(i), s.Index(i), checked); err != nil {
					return err
				}
			}
		}
		out.Set(s)
	case fk == reflect.Interface && tk == reflect.Interface:
		if v.IsNil() {
			return nil
		}
		e := reflect.New(v.Elem().Type()).Elem()
		if err := convert(v.Elem(), e, checked); err != nil {
			return err
		}
		out.Set(e)
	default:
		return fmt.Errorf("cannot convert %s to %s", from, to)
	}
	return nil
}

// isFlat reports whether values of kind k hold no pointers, so a slice of
// them is copied with one memmove.
func isFlat(k reflect.Kind) bool {
	return isInt(k) || isUint(k) || isFloat(k) || k == reflect.Bool || k == reflect.String
}

var (
	errListCycle  = errors.New("the list has a cycle: a node links back to an earlier one")
	errTreeShared = errors.New("the tree is not a tree: a node is reachable twice (a cycle, or a node with two parents)")
)

func convertList(v, out reflect.Value, fn, tn node, checked bool) error {
	if v.IsNil() {
		return nil
	}
	if fn.likeKit() && tn.likeKit() {
		head := (*ListNode)(v.UnsafePointer())
		if checked && hasCycle(head) {
			return errListCycle
		}
		out.Set(reflect.NewAt(tn.elem, unsafe.Pointer(copyList(head))))
		return nil
	}
	var seen map[uintptr]bool
	if checked {
		seen = map[uintptr]bool{}
	}
	link := out
	for p := v; !p.IsNil(); p = p.Elem().Field(fn.next) {
		if checked {
			if seen[p.Pointer()] {
				return errListCycle
			}
			seen[p.Pointer()] = true
		}
		q := reflect.New(tn.elem)
		q.Elem().Field(tn.val).Set(p.Elem().Field(fn.val).Convert(q.Elem().Field(tn.val).Type()))
		link.Set(q)
		link = q.Elem().Field(tn.next)
	}
	return nil
}

// hasCycle is Brent's cycle finding: O(n) steps, no memory.
func hasCycle(head *ListNode) bool {
	power, lam := 1, 1
	tortoise, hare := head, head.Next
	for hare != nil {
		if tortoise == hare {
			return true
		}
		if power == lam {
			tortoise, power, lam = hare, power*2, 0
		}
		hare = hare.Next
		lam++
	}
	return false
}

// copyList copies a list into nodes allocated together.
func copyList(head *ListNode) *ListNode {
	n := 0
	for p := head; p != nil; p = p.Next {
		n++
	}
	nodes := make([]ListNode, n)
	i := 0
	for p := head; p != nil; p, i = p.Next, i+1 {
		nodes[i].Val = p.Val
		if i > 0 {
			nodes[i-1].Next = &nodes[i]
		}
	}
	return &nodes[0]
}

// convertTree copies a tree without recursion, so a chain of a million nodes
// converts as well as a balanced tree.
func convertTree(v, out reflect.Value, fn, tn node, checked bool) error {
	if v.IsNil() {
		return nil
	}
	if fn.likeKit() && tn.likeKit() {
		root, err := copyTree((*TreeNode)(v.UnsafePointer()), checked)
		if err != nil {
			return err
		}
		out.Set(reflect.NewAt(tn.elem, unsafe.Pointer(root)))
		return nil
	}
	type pair struct{ from, to reflect.Value }
	var seen map[uintptr]bool
	if checked {
		seen = map[uintptr]bool{v.Pointer(): true}
	}
	valType := tn.elem.Field(tn.val).Type
	root := reflect.New(tn.elem)
	root.Elem().Field(tn.val).Set(v.Elem().Field(fn.val).Convert(valType))
	out.Set(root)
	stack := []pair{{v, root}}
	for len(stack) > 0 {
		p := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, side := range [2][2]int{{fn.left, tn.left}, {fn.right, tn.right}} {
			c := p.from.Elem().Field(side[0])
			if c.IsNil() {
				continue
			}
			if checked {
				if seen[c.Pointer()] {
					return errTreeShared
				}
				seen[c.Pointer()] = true
			}
			q := reflect.New(tn.elem)
			q.Elem().Field(tn.val).Set(c.Elem().Field(fn.val).Convert(valType))
			p.to.Elem().Field(side[1]).Set(q)
			stack = append(stack, pair{c, q})
		}
	}
	return nil
}

// copyTree copies a tree into nodes allocated together, walking it with a
// stack of its own. Checked, it refuses a node reached twice.
func copyTree(root *TreeNode, checked bool) (*TreeNode, error) {
	var seen map[*TreeNode]struct{}
	if checked {
		seen = map[*TreeNode]struct{}{}
	}
	n := 0
	stack := []*TreeNode{root}
	for len(stack) > 0 {
		p := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if checked {
			if _, ok := seen[p]; ok {
				return nil, errTreeShared
			}
			seen[p] = struct{}{}
		}
		n++
		if p.Left != nil {
			stack = append(stack, p.Left)
		}
		if p.Right != nil {
			stack = append(stack, p.Right)
		}
	}
	nodes := make([]TreeNode, n)
	type pair struct {
		from *TreeNode
		to   int
	}
	nodes[0].Val = root.Val
	next := 1
	work := []pair{{root, 0}}
	for len(work) > 0 {
		p := work[len(work)-1]
		work = work[:len(work)-1]
		if c := p.from.Left; c != nil {
			nodes[next].Val = c.Val
			nodes[p.to].Left = &nodes[next]
			work = append(work, pair{c, next})
			next++
		}
		if c := p.from.Right; c != nil {
			nodes[next].Val = c.Val
			nodes[p.to].Right = &nodes[next]
			work = append(work, pair{c, next})
			next++
		}
	}
	return &nodes[0], nil
}

// copyCommon copies the argument types most problems use without
// reflection: a list of a hundred thousand intervals copies in one
// allocation instead of a hundred thousand.
func copyCommon(x any) (any, bool) {
	switch x := x.(type) {
	case []int:
		if x == nil {
			return x, true
		}
		return append(make([]int, 0, len(x)), x...), true
	case []string:
		if x == nil {
			return x, true
		}
		return append(make([]string, 0, len(x)), x...), true
	case [][]int:
		if x == nil {
			return x, true
		}
		total := 0
		for _, row := range x {
			total += len(row)
		}
		backing := make([]int, 0, total)
		out := make([][]int, len(x))
		for i, row := range x {
			if row == nil {
				continue
			}
			start := len(backing)
			backing = append(backing, row...)
			out[i] = backing[start:len(backing):len(backing)]
		}
		return out, true
	}
	return nil, false
}
