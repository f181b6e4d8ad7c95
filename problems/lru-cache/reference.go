// Package lrucache is the reference for lru-cache: a map to find entries and
// a doubly linked list to keep them in order of use.
package lrucache

import (
	"math/rand"

	"github.com/grindjudge/grind/problems/kit"
)

type entry struct {
	key, value int
	prev, next *entry
}

// LRUCache keeps entries in a circular list behind a sentinel: the front is
// the most recently used, the back the least.
type LRUCache struct {
	capacity int
	items    map[int]*entry
	head     entry // sentinel: head.next is the front, head.prev the back
}

// NewLRUCache returns an empty cache of the capacity.
func NewLRUCache(capacity int) *LRUCache {
	c := &LRUCache{capacity: capacity, items: make(map[int]*entry, capacity)}
	c.head.next, c.head.prev = &c.head, &c.head
	return c
}

func (c *LRUCache) unlink(e *entry) {
	e.prev.next, e.next.prev = e.next, e.prev
}

func (c *LRUCache) pushFront(e *entry) {
	e.prev, e.next = &c.head, c.head.next
	c.head.next.prev = e
	c.head.next = e
}

// Get returns the value of key, or -1, and marks key as used.
func (c *LRUCache) Get(key int) int {
	e, ok := c.items[key]
	if !ok {
		return -1
	}
	c.unlink(e)
	c.pushFront(e)
	return e.value
}

// Put stores value under key, marks it as used, and drops the least
// recently used entry when a new key finds the cache full.
func (c *LRUCache) Put(key, value int) {
	if e, ok := c.items[key]; ok {
		e.value = value
		c.unlink(e)
		c.pushFront(e)
		return
	}
	if len(c.items) == c.capacity {
		old := c.head.prev
		c.unlink(old)
		delete(c.items, old.key)
	}
	e := &entry{key: key, value: value}
	c.items[key] = e
	c.pushFront(e)
}

// Ladder is the numbers of operations on the scaling ladder, up to the
// largest the statement allows.
var Ladder = []int{3125, 6250, 12500, 25000, 50000, 100000, 200000}

// Random is the numbers of operations of the random hidden cases.
var Random = []int{2, 3, 5, 8, 12, 20, 50, 200, 1000, 5000}

// Generate returns n operations on a cache whose capacity grows with n
// (about n/8), over keys drawn from about twice the capacity, so gets hit
// and miss and puts both update and evict.
func Generate(r *rand.Rand, n int) kit.Ops {
	capacity := max(1, n/8+r.Intn(3))
	keys := 2*capacity + 1
	ops := kit.Ops{Names: []string{"LRUCache"}, Args: [][]any{{capacity}}}
	for i := 1; i < n; i++ {
		k := r.Intn(keys)
		if r.Intn(2) == 0 {
			ops.Names = append(ops.Names, "Get")
			ops.Args = append(ops.Args, []any{k})
		} else {
			ops.Names = append(ops.Names, "Put")
			ops.Args = append(ops.Args, []any{k, r.Intn(1_000_000_001)})
		}
	}
	return ops
}
