package kit

import "reflect"

// shape says how a type is written in notation. Node types are recognised by
// their fields, not their names, so a solution's own TreeNode and ListNode
// work the same as kit's.
type shape int

const (
	shapePlain shape = iota
	shapeTree        // *struct{ Val int; Left, Right *Self }
	shapeList        // *struct{ Val int; Next *Self }
)

// node holds the field indexes of a tree or list node type.
type node struct {
	shape            shape
	val, left, right int // tree: the indexes of Val, Left and Right
	next             int // list: the index of Next
	elem             reflect.Type
	valInt           bool // Val is an int, as in kit's nodes
}

// likeKit reports whether the node type is laid out exactly as kit's own
// TreeNode or ListNode: the same fields, of the same types, in the same
// order. Such a node can be read as kit's, without reflection, which makes
// copying large trees and lists fast.
func (n node) likeKit() bool {
	switch n.shape {
	case shapeTree:
		return n.valInt && n.val == 0 && n.left == 1 && n.right == 2
	case shapeList:
		return n.valInt && n.val == 0 && n.next == 1
	}
	return false
}

// nodeOf reports whether t is a pointer to a tree or list node struct and, if
// so, where its fields are.
func nodeOf(t reflect.Type) (node, bool) {
	if t.Kind() != reflect.Pointer || t.Elem().Kind() != reflect.Struct {
		return node{}, false
	}
	s := t.Elem()
	val, ok := s.FieldByName("Val")
	if !ok || !isInt(val.Type.Kind()) || len(val.Index) != 1 {
		return node{}, false
	}
	self := func(name string) (int, bool) {
		f, ok := s.FieldByName(name)
		if !ok || f.Type != t || len(f.Index) != 1 {
			return 0, false
		}
		return f.Index[0], true
	}
	n := node{val: val.Index[0], elem: s, valInt: val.Type.Kind() == reflect.Int}
	if left, ok := self("Left"); ok {
		if right, ok := self("Right"); ok && s.NumField() == 3 {
			n.shape, n.left, n.right = shapeTree, left, right
			return n, true
		}
	}
	if next, ok := self("Next"); ok && s.NumField() == 2 {
		n.shape, n.next = shapeList, next
		return n, true
	}
	return node{}, false
}

func isInt(k reflect.Kind) bool {
	switch k {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return true
	}
	return false
}

func isUint(k reflect.Kind) bool {
	switch k {
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return true
	}
	return false
}

func isFloat(k reflect.Kind) bool { return k == reflect.Float32 || k == reflect.Float64 }
