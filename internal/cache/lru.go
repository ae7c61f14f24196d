// Package cache is the least-recently-used cache that the App's blob and
// tree caches and the engine's PostgreSQL parse cache share: bounded by the
// total cost of what it holds (bytes, listing entries), evicting the least
// recently used values first, with concurrent loads of one missing key
// shared.
//
// The recency list is github.com/hashicorp/golang-lru/v2's simplelru; this
// package adds the cost bound (golang-lru bounds by count only) and the
// in-flight deduplication, under one lock. It imports nothing from GitHub
// or the engine, so both sides can use it.
package cache

import (
	"context"
	"fmt"
	"math"
	"sync"

	"github.com/hashicorp/golang-lru/v2/simplelru"
)

// LRU is a cache bounded by the total cost of its values. It is safe for
// concurrent use. Values are shared, never copied: callers must treat them
// as immutable.
type LRU[K comparable, V any] struct {
	mu       sync.Mutex
	list     *simplelru.LRU[K, V]
	cost     func(V) int64
	limit    int64 // total cost held at most
	maxItem  int64 // a value costing more is not kept
	size     int64 // total cost held
	inflight map[K]*flight[V]
}

type flight[V any] struct {
	done    chan struct{}
	v       V
	err     error
	waiting int // callers waiting for this load (read by tests)
}

// New returns a cache holding values of total cost at most limit; a value
// costing more than maxItem (at most limit) is returned but not kept.
func New[K comparable, V any](limit, maxItem int64, cost func(V) int64) *LRU[K, V] {
	c := &LRU[K, V]{cost: cost, limit: limit, maxItem: min(maxItem, limit), inflight: map[K]*flight[V]{}}
	// The count bound is never reached: the cost bound evicts first.
	l, err := simplelru.NewLRU[K, V](math.MaxInt, func(_ K, v V) { c.size -= c.cost(v) })
	if err != nil {
		panic(err) // only for a size ≤ 0
	}
	c.list = l
	return c
}

// Get returns a cached value and marks it recently used.
func (c *LRU[K, V]) Get(key K) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.list.Get(key)
}

// Contains reports whether key is cached, without marking it used.
func (c *LRU[K, V]) Contains(key K) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.list.Contains(key)
}

// Add stores a value unless the key is cached already (values are
// immutable: the first one stays) or the value costs more than maxItem,
// then evicts the least recently used values beyond the limit.
func (c *LRU[K, V]) Add(key K, v V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.add(key, v)
}

func (c *LRU[K, V]) add(key K, v V) {
	n := c.cost(v)
	if n > c.maxItem || c.list.Contains(key) {
		return
	}
	c.list.Add(key, v)
	c.size += n
	for c.size > c.limit {
		c.list.RemoveOldest() // the eviction callback lowers size
	}
}

// Load returns the cached value of key or, on a miss, the value load
// returns, cached when load succeeds. Concurrent Loads of one missing key
// call load once: the others wait for its result (or for their own ctx).
// hit is true when this call did not load (cached, or shared).
func (c *LRU[K, V]) Load(ctx context.Context, key K, load func(context.Context) (V, error)) (v V, hit bool, err error) {
	c.mu.Lock()
	if v, ok := c.list.Get(key); ok {
		c.mu.Unlock()
		return v, true, nil
	}
	if f, ok := c.inflight[key]; ok {
		f.waiting++
		c.mu.Unlock()
		select {
		case <-f.done:
			return f.v, true, f.err
		case <-ctx.Done():
			var zero V
			return zero, true, ctx.Err()
		}
	}
	f := &flight[V]{done: make(chan struct{})}
	c.inflight[key] = f
	c.mu.Unlock()

	defer func() {
		// Also on a panic in load: the waiters get an error, not a hang.
		if p := recover(); p != nil {
			f.err = fmt.Errorf("cache load panicked: %v", p)
			c.finish(key, f, false)
			panic(p)
		}
		c.finish(key, f, f.err == nil)
	}()
	f.v, f.err = load(ctx)
	return f.v, false, f.err
}

// finish ends a load: the value is kept when keep, and the waiters are
// released.
func (c *LRU[K, V]) finish(key K, f *flight[V], keep bool) {
	c.mu.Lock()
	delete(c.inflight, key)
	if keep {
		c.add(key, f.v)
	}
	c.mu.Unlock()
	close(f.done)
}

// Len is the number of values held.
func (c *LRU[K, V]) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.list.Len()
}

// Cost is the total cost of the values held.
func (c *LRU[K, V]) Cost() int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.size
}
