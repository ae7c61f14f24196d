package sqlddl

import (
	"context"
	"crypto/sha256"
	"runtime"

	pg "github.com/pganalyze/pg_query_go/v6"

	"github.com/migsync/migsync/checkrun/sqlddl/internal/pgparse"
	"github.com/migsync/migsync/internal/cache"
)

// Parsing is most of the cost of a PostgreSQL replay (pg_query runs the real
// parser in C and hands the tree over as protobuf). Two things keep it low:
// the trees of recently parsed migration files are cached by content (a
// check replays the base and the head of a pull request, which share all
// but a few migrations, and a push re-checks the same files), and Replay
// parses a history's files in parallel before applying them in order.
// Replay never modifies a parse tree, so cached trees are shared.

// pgCacheMaxSQL bounds a ParseCache by the total size of the SQL it holds
// (the trees are larger, roughly twenty times); a file over a quarter of it
// is parsed but not kept.
const pgCacheMaxSQL = 4 << 20

// ParseCache holds PostgreSQL parse results by the SQL's content: the least
// recently used are evicted beyond pgCacheMaxSQL of SQL, and concurrent
// parses of one text (the parallel prefetch and the in-order replay) run
// once (internal/cache). It is safe for concurrent use. A caller that
// replays several histories shares one (ReplayCached): the App keeps one
// for the server's life, an analysis one for its base and head; Replay
// makes one per call. A nil *ParseCache parses without caching.
type ParseCache struct {
	lru *cache.LRU[[sha256.Size]byte, pgParsed]
}

// NewParseCache returns an empty cache.
func NewParseCache() *ParseCache {
	return &ParseCache{lru: cache.New[[sha256.Size]byte](pgCacheMaxSQL, pgCacheMaxSQL/4, func(p pgParsed) int64 { return int64(p.size) })}
}

type pgParsed struct {
	tree *pg.ParseResult // parse
	json string          // parsePlpgsql
	err  error           // a syntax error is cached too: the text decides it
	size int             // of the SQL
}

// parse parses src, using the cache.
func (c *ParseCache) parse(src string) (*pg.ParseResult, error) {
	p := c.load(sha256.Sum256([]byte(src)), func() pgParsed {
		tree, err := pgparse.Parse(src)
		return pgParsed{tree: tree, err: err, size: len(src)}
	})
	return p.tree, p.err
}

// parsePlpgsql parses a PL/pgSQL function to pg_query's JSON, using the
// cache.
func (c *ParseCache) parsePlpgsql(src string) (string, error) {
	p := c.load(sha256.Sum256([]byte("plpgsql\x00"+src)), func() pgParsed {
		out, err := pgparse.ParsePlPgSqlToJSON(src)
		return pgParsed{json: out, err: err, size: len(src)}
	})
	return p.json, p.err
}

func (c *ParseCache) load(key [sha256.Size]byte, parse func() pgParsed) pgParsed {
	if c == nil {
		return parse()
	}
	// The load never fails (a syntax error is a result) and ignores the
	// context: a replay is not cancelled midway.
	p, _, _ := c.lru.Load(context.Background(), key, func(context.Context) (pgParsed, error) { return parse(), nil })
	return p
}

// prefetch starts parsing the migrations in parallel, in order, into the
// cache, and returns at once: the in-order replay applies each file as soon
// as its tree is ready (waiting for one a worker is still parsing), so
// parsing and applying overlap. It parses at most as much SQL as the cache
// holds.
func (c *ParseCache) prefetch(ms []Migration) {
	workers := runtime.GOMAXPROCS(0)
	if c == nil || workers < 2 || len(ms) < 2 {
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
				_, _ = c.parse(src)
			}
		}()
	}
}
