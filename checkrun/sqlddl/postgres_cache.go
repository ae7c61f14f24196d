package sqlddl

import (
	"container/list"
	"crypto/sha256"
	"runtime"
	"sync"

	pg "github.com/pganalyze/pg_query_go/v6"

	"github.com/migsync/migsync/checkrun/sqlddl/internal/pgparse"
)

// Parsing is most of the cost of a PostgreSQL replay (pg_query runs the real
// parser in C and hands the tree over as protobuf). Two things keep it low:
// the trees of recently parsed migration files are cached by content (a
// check replays the base and the head of a pull request, which share all
// but a few migrations, and a push re-checks the same files), and Replay
// parses a history's files in parallel before applying them in order.
// Replay never modifies a parse tree, so cached trees are shared.

// pgCacheMaxSQL bounds the cache by the total size of the SQL it holds (the
// trees are larger, roughly twenty times).
const pgCacheMaxSQL = 4 << 20

type pgParsed struct {
	tree *pg.ParseResult // pgParse
	json string          // pgParsePlpgsql
	err  error
}

type pgCacheEntry struct {
	key    [sha256.Size]byte
	size   int
	parsed pgParsed
}

// pgTreeCache is a least-recently-used cache of parse results by content.
var pgTreeCache = struct {
	sync.Mutex
	size    int
	order   *list.List // front: most recently used
	entries map[[sha256.Size]byte]*list.Element
}{order: list.New(), entries: map[[sha256.Size]byte]*list.Element{}}

// pgInflight holds the parses under way, so that the in-order replay waits
// for a file a prefetch worker is already parsing instead of parsing it a
// second time.
var pgInflight = struct {
	sync.Mutex
	m map[[sha256.Size]byte]*pgFlight
}{m: map[[sha256.Size]byte]*pgFlight{}}

type pgFlight struct {
	done   chan struct{}
	parsed pgParsed
}

// pgParse parses src, using the cache.
func pgParse(src string) (*pg.ParseResult, error) {
	key := sha256.Sum256([]byte(src))
	if p, ok := pgCacheGet(key); ok {
		return p.tree, p.err
	}
	pgInflight.Lock()
	if f, ok := pgInflight.m[key]; ok {
		pgInflight.Unlock()
		<-f.done
		return f.parsed.tree, f.parsed.err
	}
	f := &pgFlight{done: make(chan struct{})}
	pgInflight.m[key] = f
	pgInflight.Unlock()

	tree, err := pgparse.Parse(src)
	f.parsed = pgParsed{tree: tree, err: err}
	pgCachePut(key, len(src), f.parsed)
	pgInflight.Lock()
	delete(pgInflight.m, key)
	pgInflight.Unlock()
	close(f.done)
	return tree, err
}

// pgParsePlpgsql parses a PL/pgSQL function to pg_query's JSON, using the
// cache.
func pgParsePlpgsql(src string) (string, error) {
	key := sha256.Sum256([]byte("plpgsql\x00" + src))
	if p, ok := pgCacheGet(key); ok {
		return p.json, p.err
	}
	out, err := pgparse.ParsePlPgSqlToJSON(src)
	pgCachePut(key, len(src), pgParsed{json: out, err: err})
	return out, err
}

// pgCacheGet looks a parse result up and marks it recently used.
func pgCacheGet(key [sha256.Size]byte) (pgParsed, bool) {
	c := &pgTreeCache
	c.Lock()
	defer c.Unlock()
	el, ok := c.entries[key]
	if !ok {
		return pgParsed{}, false
	}
	c.order.MoveToFront(el)
	return el.Value.(*pgCacheEntry).parsed, true
}

// pgCachePut stores a parse result, evicting the least recently used ones
// beyond pgCacheMaxSQL; very large files are not kept.
func pgCachePut(key [sha256.Size]byte, size int, p pgParsed) {
	if size > pgCacheMaxSQL/4 {
		return
	}
	c := &pgTreeCache
	c.Lock()
	defer c.Unlock()
	if _, ok := c.entries[key]; ok {
		return
	}
	c.entries[key] = c.order.PushFront(&pgCacheEntry{key: key, size: size, parsed: p})
	c.size += size
	for c.size > pgCacheMaxSQL {
		last := c.order.Back()
		e := last.Value.(*pgCacheEntry)
		c.order.Remove(last)
		delete(c.entries, e.key)
		c.size -= e.size
	}
}

// prefetchPostgres starts parsing the migrations in parallel, in order, into
// the cache, and returns at once: the in-order replay applies each file as
// soon as its tree is ready (waiting for one a worker is still parsing),
// so parsing and applying overlap. It parses at most as much SQL as the
// cache holds.
func prefetchPostgres(ms []Migration) {
	workers := runtime.GOMAXPROCS(0)
	if workers < 2 || len(ms) < 2 {
		return
	}
	jobs := make(chan string, len(ms))
	total := 0
	for _, m := range ms {
		if len(m.SQL) > MaxSQLSize {
			continue
		}
		if total += len(m.SQL); total > pgCacheMaxSQL {
			break
		}
		jobs <- string(m.SQL)
	}
	close(jobs)
	for i := 0; i < workers; i++ {
		go func() {
			for src := range jobs {
				_, _ = pgParse(src)
			}
		}()
	}
}
