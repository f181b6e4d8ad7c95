package kit

import (
	"fmt"
	"reflect"
)

// Convert returns a deep copy of v as type t. The two types must have the same
// structure: numbers of any size to each other, slices element by element,
// tree nodes to tree nodes and list nodes to list nodes, whatever their names.
// The copy shares no memory with v. A list with a cycle or a tree whose nodes
// are shared or form a cycle cannot be converted; the error says so.
func Convert(v reflect.Value, t reflect.Type) (reflect.Value, error) {
	out := reflect.New(t).Elem()
	if err := convert(v, out); err != nil {
		return reflect.Value{}, err
	}
	return out, nil
}

// Copy returns a deep copy of v with the same type.
func Copy(v reflect.Value) reflect.Value {
	out, err := Convert(v, v.Type())
	if err != nil {
		panic(err) // only a value with a cycle fails, and inputs have none
	}
	return out
}

func convert(v, out reflect.Value) error {
	from, to := v.Type(), out.Type()
	if fn, ok := nodeOf(from); ok {
		tn, ok := nodeOf(to)
		if !ok || tn.shape != fn.shape {
			return fmt.Errorf("cannot convert %s to %s", from, to)
		}
		if fn.shape == shapeList {
			return convertList(v, out, fn, tn)
		}
		return convertTree(v, out, fn, tn)
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
				if err := convert(v.Index(i), s.Index(i)); err != nil {
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
		if err := convert(v.Elem(), e); err != nil {
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

func convertList(v, out reflect.Value, fn, tn node) error {
	seen := map[uintptr]bool{}
	link := out
	for p := v; !p.IsNil(); p = p.Elem().Field(fn.next) {
		if seen[p.Pointer()] {
			return fmt.Errorf("the list has a cycle: node %d links back to an earlier node", len(seen))
		}
		seen[p.Pointer()] = true
		q := reflect.New(tn.elem)
		q.Elem().Field(tn.val).Set(p.Elem().Field(fn.val).Convert(q.Elem().Field(tn.val).Type()))
		link.Set(q)
		link = q.Elem().Field(tn.next)
	}
	return nil
}

// convertTree copies a tree without recursion, so a chain of a million nodes
// converts as well as a balanced tree.
func convertTree(v, out reflect.Value, fn, tn node) error {
	if v.IsNil() {
		return nil
	}
	type pair struct{ from, to reflect.Value }
	seen := map[uintptr]bool{v.Pointer(): true}
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
			if seen[c.Pointer()] {
				return fmt.Errorf("the tree is not a tree: a node is reachable twice (a cycle, or a node with two parents)")
			}
			seen[c.Pointer()] = true
			q := reflect.New(tn.elem)
			q.Elem().Field(tn.val).Set(c.Elem().Field(fn.val).Convert(valType))
			p.to.Elem().Field(side[1]).Set(q)
			stack = append(stack, pair{c, q})
		}
	}
	return nil
}
