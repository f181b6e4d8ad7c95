package solution

// LRUCache keeps the keys in a slice in order of use and searches it on
// every operation: O(capacity) per operation.
type LRUCache struct {
	capacity int
	order    []int
	values   map[int]int
}

func NewLRUCache(capacity int) *LRUCache {
	return &LRUCache{capacity: capacity, values: map[int]int{}}
}

func (c *LRUCache) touch(key int) {
	for i, k := range c.order {
		if k == key {
			c.order = append(c.order[:i], c.order[i+1:]...)
			break
		}
	}
	c.order = append(c.order, key)
}

func (c *LRUCache) Get(key int) int {
	v, ok := c.values[key]
	if !ok {
		return -1
	}
	c.touch(key)
	return v
}

func (c *LRUCache) Put(key, value int) {
	if _, ok := c.values[key]; !ok && len(c.values) == c.capacity {
		delete(c.values, c.order[0])
		c.order = c.order[1:]
	}
	c.values[key] = value
	c.touch(key)
}
