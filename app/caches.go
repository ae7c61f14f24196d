package app

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	lru "github.com/hashicorp/golang-lru/v2"
	"github.com/hashicorp/golang-lru/v2/simplelru"

	"github.com/migsync/migsync/checkrun/tree"
	"github.com/migsync/migsync/handlers"
	"github.com/migsync/migsync/internal/cache"
)

// The caches the App keeps across checks and events. Each is bounded, and
// each evicts the least recently used entries first: they are built on
// github.com/hashicorp/golang-lru/v2, directly or through internal/cache
// (bounded by bytes or entries, with concurrent loads shared). Where an
// entry also expires, it carries its time and is checked on lookup, so that
// tests can set the clock (golang-lru's expirable cache runs a goroutine
// per cache that is never stopped, and reads the wall clock).
//
//	blobs       file contents by blob SHA, bounded by bytes (shared by every repository)
//	trees       commit listings, bounded by their entries
//	compares    merge base and diff of two commit SHAs
//	runs        this App's check run per (repository, head SHA, name)
//	recent      checks completed in the last recentTTL
//	rechecks    the base tip each pull request's latest queued re-check merges into
//	reviewed    pull requests with a migsync review that may still list problems
//
// Delivery ids are remembered by the durable queue (intake.go), not here.
//
// The organisation-default configuration (repoconfig.go) is an lru.Cache
// too; a check's own view of a repository (ghContext) lives only as long as
// the check.
const (
	maxTreeEntries = 500_000 // commit listing entries kept
	maxCompares    = 512
	maxRunIDs      = 100_000
	maxRecent      = 100_000
	maxOrgDefaults = 10_000
	maxRechecks    = 100_000
	maxReviewed    = 100_000
)

// BlobCache holds file contents by git blob SHA. Blobs are immutable, so one
// cache serves every check and repository; it is bounded by total bytes and
// evicts the least recently used blobs. Concurrent misses for one SHA share a
// single fetch.
type BlobCache struct {
	lru *cache.LRU[string, []byte]
	// refused remembers the blobs refused as too large (tree.ErrTooLarge),
	// with the refusal: a check reads a file more than once (prefetch,
	// base and head), and a blob never shrinks.
	refused  *lru.Cache[string, error]
	onLookup func(hit bool)
}

// maxRefusedBlobs bounds BlobCache.refused.
const maxRefusedBlobs = 10_000

// NewBlobCache returns a cache holding at most limit bytes.
func NewBlobCache(limit int64) *BlobCache {
	return &BlobCache{lru: cache.New[string](limit, limit, func(b []byte) int64 { return int64(len(b)) }),
		refused: mustLRU[string, error](maxRefusedBlobs)}
}

// Size is the number of bytes held.
func (c *BlobCache) Size() int64 { return c.lru.Cost() }

// Len is the number of blobs held.
func (c *BlobCache) Len() int { return c.lru.Len() }

// Has reports whether a blob is cached (without counting a lookup).
func (c *BlobCache) Has(sha string) bool { return c.lru.Contains(sha) }

// Get returns the blob's contents, calling load on a miss. The returned slice
// is shared: callers must not modify it.
func (c *BlobCache) Get(ctx context.Context, sha string, load func(context.Context) ([]byte, error)) ([]byte, error) {
	if err, ok := c.refused.Get(sha); ok {
		return nil, err
	}
	data, hit, err := c.lru.Load(ctx, sha, load)
	if c.onLookup != nil {
		c.onLookup(hit)
	}
	if errors.Is(err, tree.ErrTooLarge) {
		c.refused.Add(sha, err)
	}
	return data, err
}

// Put stores a blob fetched another way (a commit's archive); blobs larger
// than the whole cache are not kept.
func (c *BlobCache) Put(sha string, data []byte) { c.lru.Add(sha, data) }

// treeCache keeps recent commit listings (immutable) by "owner/repo@sha",
// bounded by their total number of entries.
type treeCache = cache.LRU[string, *ghTree]

func newTreeCache(limit int) *treeCache {
	return cache.New[string](int64(limit), int64(limit), func(t *ghTree) int64 { return int64(len(t.entries)) })
}

// comparison is a compare answer: immutable for two commit SHAs.
type comparison struct {
	base string // the merge base
	tip  string // the compared-from commit: the base branch's tip (resolved)
	diff *diff
}

// compareCache keeps recent comparisons by "owner/repo@from...head#pr".
type compareCache = lru.Cache[string, comparison]

func newCompareCache(max int) *compareCache { return mustLRU[string, comparison](max) }

// runIDs remembers this App's check runs by (repository, head SHA, name);
// one evicted is found again through the API.
type runIDs = lru.Cache[string, runRef]

func newRunIDs(max int) *runIDs { return mustLRU[string, runRef](max) }

func mustLRU[K comparable, V any](size int) *lru.Cache[K, V] {
	c, err := lru.New[K, V](size)
	if err != nil {
		panic(fmt.Sprintf("cache size %d: %v", size, err))
	}
	return c
}

func mustSimpleLRU[K comparable, V any](size int) *simplelru.LRU[K, V] {
	c, err := simplelru.NewLRU[K, V](size, nil)
	if err != nil {
		panic(fmt.Sprintf("cache size %d: %v", size, err))
	}
	return c
}

// recentTTL is how long a completed check covers automatic requests for the
// same commit.
const recentTTL = 10 * time.Minute

// recentChecks remembers recently completed checks, so that the automatic
// events GitHub sends for one push (push, check_suite requested,
// pull_request synchronize) and redeliveries cost one check. A pull request
// check covers a push check of the same commit (it compares with the same
// kind of base and also reviews); explicit re-runs are never skipped.
type recentChecks struct {
	mu    sync.Mutex
	ttl   time.Duration
	byKey *simplelru.LRU[string, *recentEntry]
	now   func() time.Time
}

type recentEntry struct {
	at     time.Time
	idents map[string]bool
	pr     bool
}

func newRecentChecks(ttl time.Duration, max int) *recentChecks {
	return &recentChecks{ttl: ttl, byKey: mustSimpleLRU[string, *recentEntry](max), now: time.Now}
}

func ident(t handlers.Target) string {
	return fmt.Sprintf("%d|%s|%s|%v", t.PR, t.BaseSHA, t.BaseRef, t.MergeBase)
}

// covered reports whether an automatic request needs no new check.
func (r *recentChecks) covered(t handlers.Target) bool {
	if t.Rerun {
		return false
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	e, ok := r.byKey.Peek(t.Key())
	if !ok || r.now().Sub(e.at) > r.ttl {
		return false
	}
	return e.idents[ident(t)] || (t.PR == 0 && e.pr)
}

// done records a completed check.
func (r *recentChecks) done(t handlers.Target) {
	r.mu.Lock()
	defer r.mu.Unlock()
	now := r.now()
	e, ok := r.byKey.Get(t.Key())
	if !ok || now.Sub(e.at) > r.ttl {
		e = &recentEntry{idents: map[string]bool{}}
		r.byKey.Add(t.Key(), e)
	}
	e.at = now
	e.idents[ident(t)] = true
	e.pr = e.pr || t.PR != 0
}
