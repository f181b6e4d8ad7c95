package lrucache

import (
	"math/rand"
	"testing"

	"github.com/grindjudge/grind/problems/problemtest"
	"github.com/stretchr/testify/require"
)

func TestReferenceOnStoredCases(t *testing.T) {
	problemtest.Cases(t, "lru-cache", NewLRUCache)
}

// oracle keeps keys in a slice ordered by use: obviously right, O(capacity).
type oracle struct {
	capacity int
	order    []int
	values   map[int]int
}

func (o *oracle) touch(key int) {
	for i, k := range o.order {
		if k == key {
			o.order = append(o.order[:i], o.order[i+1:]...)
			break
		}
	}
	o.order = append(o.order, key)
}

func (o *oracle) get(key int) int {
	v, ok := o.values[key]
	if !ok {
		return -1
	}
	o.touch(key)
	return v
}

func (o *oracle) put(key, value int) {
	if _, ok := o.values[key]; !ok && len(o.values) == o.capacity {
		delete(o.values, o.order[0])
		o.order = o.order[1:]
	}
	o.values[key] = value
	o.touch(key)
}

func TestReferenceAgainstOracle(t *testing.T) {
	r := rand.New(rand.NewSource(11))
	for round := 0; round < 300; round++ {
		ops := Generate(r, 2+r.Intn(80))
		capacity := ops.Args[0][0].(int)
		c := NewLRUCache(capacity)
		o := &oracle{capacity: capacity, values: map[int]int{}}
		for i := 1; i < len(ops.Names); i++ {
			a := ops.Args[i]
			if ops.Names[i] == "Get" {
				require.Equal(t, o.get(a[0].(int)), c.Get(a[0].(int)), "round %d op %d", round, i)
			} else {
				o.put(a[0].(int), a[1].(int))
				c.Put(a[0].(int), a[1].(int))
			}
		}
	}
}
