package app

import (
	"container/list"
	"context"
	"sync"
)

// BlobCache holds file contents by git blob SHA. Blobs are immutable, so one
// cache serves every check and repository; it is bounded by total bytes and
// evicts the least recently used blobs. Concurrent misses for one SHA share a
// single fetch.
type BlobCache struct {
	mu       sync.Mutex
	limit    int64
	size     int64
	order    *list.List // front: most recently used
	items    map[string]*list.Element
	inflight map[string]*fetch
	onLookup func(hit bool)
}

type blobEntry struct {
	sha  string
	data []byte
}

type fetch struct {
	done chan struct{}
	data []byte
	err  error
}

// NewBlobCache returns a cache holding at most limit bytes.
func NewBlobCache(limit int64) *BlobCache {
	return &BlobCache{limit: limit, order: list.New(), items: map[string]*list.Element{}, inflight: map[string]*fetch{}}
}

// Size is the number of bytes held.
func (c *BlobCache) Size() int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.size
}

// Len is the number of blobs held.
func (c *BlobCache) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.items)
}

// Has reports whether a blob is cached (without counting a lookup).
func (c *BlobCache) Has(sha string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	_, ok := c.items[sha]
	return ok
}

// Get returns the blob's contents, calling load on a miss. The returned slice
// is shared: callers must not modify it.
func (c *BlobCache) Get(ctx context.Context, sha string, load func(context.Context) ([]byte, error)) ([]byte, error) {
	c.mu.Lock()
	if el, ok := c.items[sha]; ok {
		c.order.MoveToFront(el)
		data := el.Value.(*blobEntry).data
		c.mu.Unlock()
		c.lookup(true)
		return data, nil
	}
	if f, ok := c.inflight[sha]; ok {
		c.mu.Unlock()
		c.lookup(true)
		select {
		case <-f.done:
			return f.data, f.err
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	f := &fetch{done: make(chan struct{})}
	c.inflight[sha] = f
	c.mu.Unlock()
	c.lookup(false)

	f.data, f.err = load(ctx)
	c.mu.Lock()
	delete(c.inflight, sha)
	if f.err == nil {
		c.add(sha, f.data)
	}
	c.mu.Unlock()
	close(f.done)
	return f.data, f.err
}

func (c *BlobCache) lookup(hit bool) {
	if c.onLookup != nil {
		c.onLookup(hit)
	}
}

// Put stores a blob fetched another way (a commit's archive).
func (c *BlobCache) Put(sha string, data []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.add(sha, data)
}

// add stores a blob; blobs larger than the whole cache are not kept.
func (c *BlobCache) add(sha string, data []byte) {
	n := int64(len(data))
	if n > c.limit {
		return
	}
	if _, ok := c.items[sha]; ok {
		return
	}
	c.items[sha] = c.order.PushFront(&blobEntry{sha: sha, data: data})
	c.size += n
	for c.size > c.limit {
		el := c.order.Back()
		e := el.Value.(*blobEntry)
		c.order.Remove(el)
		delete(c.items, e.sha)
		c.size -= int64(len(e.data))
	}
}
