package kit

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"strconv"
	"unicode/utf8"
)

// Decode reads one value written in notation into a new value of type t.
// Integers must fit t; trees are level-order arrays with null for a missing
// child; lists are arrays. The error names where in the value the problem is,
// for example "[2]: want int, got "x"".
func Decode(data []byte, t reflect.Type) (reflect.Value, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var x any
	if err := dec.Decode(&x); err != nil {
		return reflect.Value{}, fmt.Errorf("not valid notation: %w", err)
	}
	if dec.More() {
		return reflect.Value{}, fmt.Errorf("not valid notation: more than one value")
	}
	return FromAny(x, t)
}

// FromAny converts a value decoded from JSON (with json.Number for numbers,
// or with Go ints and floats) into a new value of type t.
func FromAny(x any, t reflect.Type) (reflect.Value, error) {
	v := reflect.New(t).Elem()
	if err := fromAny(x, v, ""); err != nil {
		return reflect.Value{}, err
	}
	return v, nil
}

func fromAny(x any, v reflect.Value, path string) error {
	t := v.Type()
	if n, ok := nodeOf(t); ok {
		items, ok := x.([]any)
		if x == nil {
			return nil
		}
		if !ok {
			return mismatch(path, "a level-order array", x)
		}
		if n.shape == shapeList {
			return listFromAny(items, v, n, path)
		}
		return treeFromAny(items, v, n, path)
	}
	k := t.Kind()
	switch {
	case isInt(k):
		i, err := toInt(x)
		if err != nil {
			return mismatch(path, t.String(), x)
		}
		if v.OverflowInt(i) {
			return fmt.Errorf("%s%d does not fit in %s", at(path), i, t)
		}
		v.SetInt(i)
	case isUint(k):
		i, err := toInt(x)
		if err != nil || i < 0 || v.OverflowUint(uint64(i)) {
			return mismatch(path, t.String(), x)
		}
		v.SetUint(uint64(i))
	case isFloat(k):
		f, err := toFloat(x)
		if err != nil {
			return mismatch(path, t.String(), x)
		}
		v.SetFloat(f)
	case k == reflect.String:
		s, ok := x.(string)
		if !ok {
			return mismatch(path, "string", x)
		}
		v.SetString(s)
	case k == reflect.Bool:
		b, ok := x.(bool)
		if !ok {
			return mismatch(path, "true or false", x)
		}
		v.SetBool(b)
	case k == reflect.Slice:
		if x == nil {
			return nil
		}
		items, ok := x.([]any)
		if !ok {
			return mismatch(path, "an array", x)
		}
		s := reflect.MakeSlice(t, len(items), len(items))
		for i, item := range items {
			if err := fromAny(item, s.Index(i), path+"["+strconv.Itoa(i)+"]"); err != nil {
				return err
			}
		}
		v.Set(s)
	default:
		return fmt.Errorf("%stype %s has no notation", at(path), t)
	}
	return nil
}

func listFromAny(items []any, v reflect.Value, n node, path string) error {
	link := v
	for i, item := range items {
		p := reflect.New(n.elem)
		if err := fromAny(item, p.Elem().Field(n.val), path+"["+strconv.Itoa(i)+"]"); err != nil {
			return err
		}
		link.Set(p)
		link = p.Elem().Field(n.next)
	}
	return nil
}

func treeFromAny(items []any, v reflect.Value, n node, path string) error {
	if len(items) == 0 {
		return nil
	}
	newNode := func(i int) (reflect.Value, error) {
		p := reflect.New(n.elem)
		err := fromAny(items[i], p.Elem().Field(n.val), path+"["+strconv.Itoa(i)+"]")
		return p, err
	}
	if items[0] == nil {
		return fmt.Errorf("%sa tree's root cannot be null (write [] for an empty tree)", at(path))
	}
	root, err := newNode(0)
	if err != nil {
		return err
	}
	v.Set(root)
	queue := []reflect.Value{root}
	i := 1
	for i < len(items) {
		if len(queue) == 0 {
			return fmt.Errorf("%s[%d]: more values than the tree has places for", at(path), i)
		}
		parent := queue[0]
		queue = queue[1:]
		for _, child := range []int{n.left, n.right} {
			if i >= len(items) {
				break
			}
			if items[i] != nil {
				c, err := newNode(i)
				if err != nil {
					return err
				}
				parent.Elem().Field(child).Set(c)
				queue = append(queue, c)
			}
			i++
		}
	}
	return nil
}

func toInt(x any) (int64, error) {
	switch x := x.(type) {
	case json.Number:
		if i, err := strconv.ParseInt(string(x), 10, 64); err == nil {
			return i, nil
		}
		f, err := strconv.ParseFloat(string(x), 64)
		if err != nil || f != math.Trunc(f) || f < math.MinInt64 || f >= math.MaxInt64 {
			return 0, fmt.Errorf("not an integer")
		}
		return int64(f), nil
	case int:
		return int64(x), nil
	case int64:
		return x, nil
	case uint64:
		if x > math.MaxInt64 {
			return 0, fmt.Errorf("too large")
		}
		return int64(x), nil
	case float64:
		if x != math.Trunc(x) || x < math.MinInt64 || x >= math.MaxInt64 {
			return 0, fmt.Errorf("not an integer")
		}
		return int64(x), nil
	}
	return 0, fmt.Errorf("not a number")
}

func toFloat(x any) (float64, error) {
	switch x := x.(type) {
	case json.Number:
		return strconv.ParseFloat(string(x), 64)
	case int:
		return float64(x), nil
	case int64:
		return float64(x), nil
	case uint64:
		return float64(x), nil
	case float64:
		return x, nil
	}
	return 0, fmt.Errorf("not a number")
}

func at(path string) string {
	if path == "" {
		return ""
	}
	return path + ": "
}

func mismatch(path, want string, got any) error {
	shown, _ := json.Marshal(got)
	if len(shown) > 40 {
		shown = append(shown[:37:37], "..."...)
	}
	return fmt.Errorf("%swant %s, got %s", at(path), want, shown)
}

// Encode writes v in notation, compactly: [1,2,3], "ab", [3,9,20,null,null,15,7].
// Float values are written in the shortest form that reads back the same.
func Encode(v reflect.Value) string {
	e := encoder{limit: math.MaxInt}
	e.value(v)
	return string(e.buf)
}

// Format writes v in notation within about limit bytes: a long array shows its
// first elements and how many it left out, "[1,2,3,…(99997 more)]"; a long
// string shows its start and its length.
func Format(v reflect.Value, limit int) string {
	e := encoder{limit: limit}
	e.value(v)
	return string(e.buf)
}

// FormatAny is Format for a value held in an interface.
func FormatAny(x any, limit int) string {
	if x == nil {
		return "null"
	}
	return Format(reflect.ValueOf(x), limit)
}

type encoder struct {
	buf   []byte
	limit int
}

func (e *encoder) full() bool { return len(e.buf) >= e.limit }

func (e *encoder) value(v reflect.Value) {
	if n, ok := nodeOf(v.Type()); ok {
		if n.shape == shapeList {
			e.list(v, n)
		} else {
			e.tree(v, n)
		}
		return
	}
	k := v.Kind()
	switch {
	case isInt(k):
		e.buf = strconv.AppendInt(e.buf, v.Int(), 10)
	case isUint(k):
		e.buf = strconv.AppendUint(e.buf, v.Uint(), 10)
	case isFloat(k):
		e.float(v.Float())
	case k == reflect.Bool:
		e.buf = strconv.AppendBool(e.buf, v.Bool())
	case k == reflect.String:
		e.str(v.String())
	case k == reflect.Slice || k == reflect.Array:
		e.buf = append(e.buf, '[')
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				e.buf = append(e.buf, ',')
			}
			if e.full() {
				e.more(v.Len() - i)
				break
			}
			e.value(v.Index(i))
		}
		e.buf = append(e.buf, ']')
	case k == reflect.Interface:
		if v.IsNil() {
			e.buf = append(e.buf, "null"...)
		} else {
			e.value(v.Elem())
		}
	case k == reflect.Pointer:
		if v.IsNil() {
			e.buf = append(e.buf, "null"...)
		} else {
			e.value(v.Elem())
		}
	default:
		e.buf = fmt.Appendf(e.buf, "%v", v.Interface())
	}
}

func (e *encoder) more(n int) {
	e.buf = fmt.Appendf(e.buf, "…(%d more)", n)
}

func (e *encoder) float(f float64) {
	switch {
	case math.IsNaN(f):
		e.buf = append(e.buf, "NaN"...)
	case math.IsInf(f, 0):
		if f < 0 {
			e.buf = append(e.buf, '-')
		}
		e.buf = append(e.buf, "Infinity"...)
	default:
		start := len(e.buf)
		e.buf = strconv.AppendFloat(e.buf, f, 'g', -1, 64)
		if !bytes.ContainsAny(e.buf[start:], ".e") {
			e.buf = append(e.buf, ".0"...)
		}
	}
}

// str writes a JSON string. Past the limit it cuts the string and says how
// long it was.
func (e *encoder) str(s string) {
	room := e.limit - len(e.buf)
	cut := len(s)
	if room < len(s) && e.limit != math.MaxInt {
		cut = max(room, 16)
		for cut < len(s) && !utf8.RuneStart(s[cut]) {
			cut++
		}
	}
	e.buf = append(e.buf, '"')
	for _, r := range s[:min(cut, len(s))] {
		switch {
		case r == '"' || r == '\\':
			e.buf = append(e.buf, '\\', byte(r))
		case r == '\n':
			e.buf = append(e.buf, `\n`...)
		case r == '\t':
			e.buf = append(e.buf, `\t`...)
		case r < 0x20 || r == utf8.RuneError:
			e.buf = fmt.Appendf(e.buf, `\u%04x`, r)
		default:
			e.buf = utf8.AppendRune(e.buf, r)
		}
	}
	e.buf = append(e.buf, '"')
	if cut < len(s) {
		e.buf = fmt.Appendf(e.buf, "…(%d bytes in all)", len(s))
	}
}

func (e *encoder) list(v reflect.Value, n node) {
	e.buf = append(e.buf, '[')
	seen := map[uintptr]bool{}
	for p, i := v, 0; !p.IsNil(); p, i = p.Elem().Field(n.next), i+1 {
		if seen[p.Pointer()] {
			e.buf = append(e.buf, ",…(cycle)"...)
			break
		}
		seen[p.Pointer()] = true
		if i > 0 {
			e.buf = append(e.buf, ',')
		}
		if e.full() {
			rest := 1
			for q := p.Elem().Field(n.next); !q.IsNil() && !seen[q.Pointer()]; q = q.Elem().Field(n.next) {
				seen[q.Pointer()] = true
				rest++
			}
			e.more(rest)
			break
		}
		e.value(p.Elem().Field(n.val))
	}
	e.buf = append(e.buf, ']')
}

// tree writes a tree in level order with trailing nulls left out.
func (e *encoder) tree(v reflect.Value, n node) {
	var order []reflect.Value // nodes and nil placeholders, level by level
	seen := map[uintptr]bool{}
	if !v.IsNil() {
		order = append(order, v)
		seen[v.Pointer()] = true
	}
	for i := 0; i < len(order); i++ {
		p := order[i]
		if p.IsNil() {
			continue
		}
		for _, f := range []int{n.left, n.right} {
			c := p.Elem().Field(f)
			if !c.IsNil() {
				if seen[c.Pointer()] {
					c = reflect.Zero(c.Type()) // a cycle or shared node: stop there
				} else {
					seen[c.Pointer()] = true
				}
			}
			order = append(order, c)
		}
	}
	for len(order) > 0 && order[len(order)-1].IsNil() {
		order = order[:len(order)-1]
	}
	e.buf = append(e.buf, '[')
	for i, p := range order {
		if i > 0 {
			e.buf = append(e.buf, ',')
		}
		if e.full() {
			e.more(len(order) - i)
			break
		}
		if p.IsNil() {
			e.buf = append(e.buf, "null"...)
		} else {
			e.value(p.Elem().Field(n.val))
		}
	}
	e.buf = append(e.buf, ']')
}

// Parse decodes notation into a T and panics if it does not parse. It is for
// tests and hand-built inputs: Parse[*TreeNode]("[1,null,2]").
func Parse[T any](notation string) T {
	v, err := Decode([]byte(notation), reflect.TypeFor[T]())
	if err != nil {
		panic("kit.Parse: " + err.Error())
	}
	return v.Interface().(T)
}

// Show writes x in notation; it is Encode for a value held in an interface.
func Show(x any) string {
	if x == nil {
		return "null"
	}
	return Encode(reflect.ValueOf(x))
}
