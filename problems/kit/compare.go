package kit

import (
	"fmt"
	"math"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// Mode is how an answer is compared with the expected one.
type Mode string

// The answer modes of problem.yaml.
const (
	Exact        Mode = "exact"          // equal as values; nil and empty slices are equal
	AnyOrder     Mode = "any-order"      // the outer list in any order
	AnyOrderDeep Mode = "any-order-deep" // the outer list and every inner list in any order
	AnyValid     Mode = "any-valid"      // the problem's checker decides
	Float        Mode = "float"          // within an absolute or relative 1e-6
	InPlace      Mode = "in-place"       // the mutated argument, compared exactly
	Design       Mode = "design"         // each operation's result, compared exactly
)

// Modes lists every answer mode.
var Modes = []Mode{Exact, AnyOrder, AnyOrderDeep, AnyValid, Float, InPlace, Design}

// Tolerance is the absolute or relative difference under which two floats
// are equal in Float mode.
const Tolerance = 1e-6

// FloatEqual reports whether a and b differ by at most Tolerance, absolutely
// or relatively.
func FloatEqual(a, b float64) bool {
	if a == b {
		return true
	}
	d := math.Abs(a - b)
	return d <= Tolerance || d <= Tolerance*math.Max(math.Abs(a), math.Abs(b))
}

// Diff compares got with want under mode and returns "" when they agree, or a
// short description of the first difference: "at [3]: got 5, want 4",
// "missing [1,2]; unexpected [2,2]". Both values have the same type. Diff
// handles Exact, AnyOrder, AnyOrderDeep, Float and InPlace; the harness
// decides AnyValid and Design itself.
func Diff(mode Mode, want, got reflect.Value) string {
	switch mode {
	case AnyOrder, AnyOrderDeep:
		if want.Kind() != reflect.Slice {
			return diff(want, got, "", false)
		}
		return diffUnordered(want, got, mode == AnyOrderDeep)
	case Float:
		return diff(want, got, "", true)
	default:
		if eq, ok := equalCommon(want, got); ok && eq {
			return ""
		}
		return diff(want, got, "", false)
	}
}

// Equal reports whether a and b are equal values of the same type; nil and
// empty slices are equal, trees and lists are compared node by node.
func Equal(a, b reflect.Value) bool {
	if eq, ok := equalCommon(a, b); ok {
		return eq
	}
	return diff(a, b, "", false) == ""
}

// equalCommon compares the types most problems use without reflection.
func equalCommon(a, b reflect.Value) (equal, ok bool) {
	if a.Type() != b.Type() || !a.CanInterface() || !b.CanInterface() {
		return false, false
	}
	switch x := a.Interface().(type) {
	case []int:
		return slices.Equal(x, b.Interface().([]int)), true
	case []string:
		return slices.Equal(x, b.Interface().([]string)), true
	case [][]int:
		return slices.EqualFunc(x, b.Interface().([][]int), slices.Equal), true
	}
	return false, false
}

func diff(want, got reflect.Value, path string, approx bool) string {
	if n, ok := nodeOf(want.Type()); ok {
		if n.shape == shapeList {
			return diffList(want, got, n, path)
		}
		return diffTree(want, got, n, path)
	}
	k := want.Kind()
	switch {
	case isFloat(k):
		a, b := want.Float(), got.Float()
		if a == b || approx && FloatEqual(a, b) || math.IsNaN(a) && math.IsNaN(b) {
			return ""
		}
	case k == reflect.Slice || k == reflect.Array:
		if want.Len() != got.Len() {
			return diffLength(want, got, path, approx)
		}
		if k == reflect.Slice && isFlat(want.Type().Elem().Kind()) && !isFloat(want.Type().Elem().Kind()) {
			for i := 0; i < want.Len(); i++ {
				if !want.Index(i).Equal(got.Index(i)) {
					return diff(want.Index(i), got.Index(i), path+"["+strconv.Itoa(i)+"]", approx)
				}
			}
			return ""
		}
		for i := 0; i < want.Len(); i++ {
			if d := diff(want.Index(i), got.Index(i), path+"["+strconv.Itoa(i)+"]", approx); d != "" {
				return d
			}
		}
		return ""
	case k == reflect.Interface || k == reflect.Pointer:
		if want.IsNil() || got.IsNil() {
			if want.IsNil() && got.IsNil() {
				return ""
			}
			break
		}
		if want.Elem().Type() != got.Elem().Type() {
			break
		}
		return diff(want.Elem(), got.Elem(), path, approx)
	default:
		if want.Equal(got) {
			return ""
		}
	}
	return fmt.Sprintf("%sgot %s, want %s", at(path), Format(got, 60), Format(want, 60))
}

// diffLength describes two lists of different lengths: where they first
// differ, or, when one is a prefix of the other, what is extra or missing.
func diffLength(want, got reflect.Value, path string, approx bool) string {
	common := min(want.Len(), got.Len())
	length := fmt.Sprintf("length %d, want %d", got.Len(), want.Len())
	for i := 0; i < common; i++ {
		if d := diff(want.Index(i), got.Index(i), path+"["+strconv.Itoa(i)+"]", approx); d != "" {
			return fmt.Sprintf("%s (and %s)", d, length)
		}
	}
	rest := func(v reflect.Value) string {
		var parts []string
		for i := common; i < v.Len() && i < common+3; i++ {
			parts = append(parts, Format(v.Index(i), 40))
		}
		if v.Len() > common+3 {
			parts = append(parts, fmt.Sprintf("…%d more", v.Len()-common-3))
		}
		return "[" + strings.Join(parts, ",") + "]"
	}
	agree := fmt.Sprintf("the first %d agree", common)
	if common == 0 {
		agree = "nothing in common"
	}
	if got.Len() > want.Len() {
		return fmt.Sprintf("%s%s: %s, then extra %s", at(path), length, agree, rest(got))
	}
	return fmt.Sprintf("%s%s: %s, then missing %s", at(path), length, agree, rest(want))
}

func diffList(want, got reflect.Value, n node, path string) string {
	i := 0
	for a, b := want, got; ; a, b, i = a.Elem().Field(n.next), b.Elem().Field(n.next), i+1 {
		switch {
		case a.IsNil() && b.IsNil():
			return ""
		case a.IsNil():
			return fmt.Sprintf("%sthe list is longer than the %s expected", at(path), nodes(i))
		case b.IsNil():
			return fmt.Sprintf("%sthe list ends after %s, want more", at(path), nodes(i))
		}
		if d := diff(a.Elem().Field(n.val), b.Elem().Field(n.val), "", false); d != "" {
			return fmt.Sprintf("%snode %d: got %d, want %d", at(path), i, b.Elem().Field(n.val).Int(), a.Elem().Field(n.val).Int())
		}
	}
}

// diffTree walks both trees breadth first and names the first node that
// differs by its path from the root.
func diffTree(want, got reflect.Value, n node, path string) string {
	type step struct {
		a, b   reflect.Value
		parent int
		side   byte
	}
	queue := []step{{want, got, -1, 0}}
	where := func(i int) string {
		var sides []byte
		for ; i >= 0 && queue[i].parent >= 0; i = queue[i].parent {
			sides = append(sides, queue[i].side)
		}
		var b strings.Builder
		b.WriteString("root")
		for j := len(sides) - 1; j >= 0; j-- {
			if len(sides) > 12 && j == len(sides)-6 {
				fmt.Fprintf(&b, "→…(%d steps)", len(sides)-10)
				j = 4
			}
			b.WriteString("→")
			b.WriteByte(sides[j])
		}
		return b.String()
	}
	val := func(v reflect.Value) string {
		if v.IsNil() {
			return "null"
		}
		return strconv.FormatInt(v.Elem().Field(n.val).Int(), 10)
	}
	for i := 0; i < len(queue); i++ {
		s := queue[i]
		if s.a.IsNil() && s.b.IsNil() {
			continue
		}
		if s.a.IsNil() || s.b.IsNil() || s.a.Elem().Field(n.val).Int() != s.b.Elem().Field(n.val).Int() {
			return fmt.Sprintf("%sat %s: got %s, want %s", at(path), where(i), val(s.b), val(s.a))
		}
		queue = append(queue,
			step{s.a.Elem().Field(n.left), s.b.Elem().Field(n.left), i, 'L'},
			step{s.a.Elem().Field(n.right), s.b.Elem().Field(n.right), i, 'R'})
	}
	return ""
}

// diffUnordered compares two lists as multisets of their elements' keys.
func diffUnordered(want, got reflect.Value, deep bool) string {
	key := Key
	if deep {
		key = SortedKey
	}
	count := map[string]int{}
	for i := 0; i < want.Len(); i++ {
		count[key(want.Index(i))]++
	}
	var extra []string
	for i := 0; i < got.Len(); i++ {
		k := key(got.Index(i))
		if count[k] > 0 {
			count[k]--
		} else {
			extra = append(extra, k)
		}
	}
	var missing []string
	for i := 0; i < want.Len(); i++ {
		k := key(want.Index(i))
		if count[k] > 0 {
			count[k]--
			missing = append(missing, k)
		}
	}
	if len(missing) == 0 && len(extra) == 0 {
		return ""
	}
	var parts []string
	if len(missing) > 0 {
		parts = append(parts, "missing "+some(missing))
	}
	if len(extra) > 0 {
		parts = append(parts, "unexpected "+some(extra))
	}
	if want.Len() != got.Len() {
		parts = append(parts, fmt.Sprintf("%s, want %d", items(got.Len()), want.Len()))
	}
	return strings.Join(parts, "; ")
}

func some(keys []string) string {
	const shown = 3
	s := strings.Join(keys[:min(len(keys), shown)], ", ")
	if len(keys) > shown {
		s += fmt.Sprintf(" and %d more", len(keys)-shown)
	}
	return s
}

// Key returns v in compact notation, a string that is equal for equal values.
func Key(v reflect.Value) string { return Encode(v) }

// SortedKey is Key for a list whose order does not matter: its elements'
// keys, sorted.
func SortedKey(v reflect.Value) string {
	if v.Kind() != reflect.Slice {
		return Key(v)
	}
	keys := make([]string, v.Len())
	for i := range keys {
		keys[i] = Key(v.Index(i))
	}
	sort.Slice(keys, func(i, j int) bool { return keyLess(keys[i], keys[j]) })
	return "[" + strings.Join(keys, ",") + "]"
}

// keyLess orders keys numerically when both are integers, so a sorted key
// reads naturally: [2,9,10], not [10,2,9].
func keyLess(a, b string) bool {
	x, errA := strconv.ParseInt(a, 10, 64)
	y, errB := strconv.ParseInt(b, 10, 64)
	if errA == nil && errB == nil {
		return x < y
	}
	return a < b
}

func items(n int) string {
	if n == 1 {
		return "1 item"
	}
	return strconv.Itoa(n) + " items"
}

func nodes(n int) string {
	if n == 1 {
		return "1 node"
	}
	return strconv.Itoa(n) + " nodes"
}
