package sqlddl

import (
	"strings"
	"sync"
	"testing"

	"github.com/migsync/migsync/checkrun/catalog"
)

// TestParseCacheIsPerOwner: two caches share nothing (the cache is no
// longer process-global); one cache returns the tree it parsed first, for
// sequential and concurrent callers alike, and caches syntax errors.
func TestParseCacheIsPerOwner(t *testing.T) {
	const sql = `CREATE TABLE "A" ("id" INTEGER NOT NULL);`
	a, b := NewParseCache(), NewParseCache()
	ta, err := a.parse(sql)
	if err != nil {
		t.Fatal(err)
	}
	if b.lru.Len() != 0 {
		t.Fatalf("a parse through one cache filled another (%d entries)", b.lru.Len())
	}
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if tree, _ := a.parse(sql); tree != ta {
				t.Error("the same text parsed twice through one cache")
			}
		}()
	}
	wg.Wait()
	_, err1 := a.parse("CREATE TABLE (")
	_, err2 := a.parse("CREATE TABLE (")
	if err1 == nil || err1 != err2 {
		t.Errorf("syntax error not cached: %v, %v", err1, err2)
	}
	var none *ParseCache
	if tree, err := none.parse(sql); err != nil || tree == ta || len(tree.Stmts) != 1 {
		t.Errorf("a nil cache: %v, %v", tree, err)
	}
}

// TestParseCacheBound: the cache holds at most pgCacheMaxSQL of SQL, and
// never a file over a quarter of it.
func TestParseCacheBound(t *testing.T) {
	c := NewParseCache()
	big := "SELECT 1;" + strings.Repeat(" ", pgCacheMaxSQL/4)
	if _, err := c.parse(big); err != nil {
		t.Fatal(err)
	}
	if c.lru.Len() != 0 {
		t.Error("a file over a quarter of the bound was kept")
	}
	chunk := strings.Repeat(" ", pgCacheMaxSQL/8)
	for i := 0; i < 12; i++ {
		_, _ = c.parse("SELECT " + strings.Repeat("1,", i) + "1;" + chunk)
	}
	if cost := c.lru.Cost(); cost > pgCacheMaxSQL {
		t.Errorf("cache holds %d bytes of SQL, bound %d", cost, pgCacheMaxSQL)
	}
	if n := c.lru.Len(); n >= 12 || n < 6 {
		t.Errorf("cache holds %d of 12 files of an eighth of the bound each", n)
	}
}

// TestReplayCachedSharesTrees: two replays through one cache parse each
// file once; the second reuses the first's trees.
func TestReplayCachedSharesTrees(t *testing.T) {
	ms := []Migration{
		{Name: "1", Path: "1/migration.sql", SQL: []byte(`CREATE TABLE "A" ("id" INTEGER NOT NULL);`)},
		{Name: "2", Path: "2/migration.sql", SQL: []byte(`ALTER TABLE "A" ADD COLUMN "b" TEXT;`)},
	}
	pc := NewParseCache()
	first, _ := ReplayCached(pc, catalog.Postgres, ms)
	n := pc.lru.Len()
	if n != 2 {
		t.Fatalf("%d parse results cached, want 2", n)
	}
	second, _ := ReplayCached(pc, catalog.Postgres, ms)
	if pc.lru.Len() != n || pgDump(first, true) != pgDump(second, true) {
		t.Errorf("second replay: %d cached (want %d), same catalogue: %v", pc.lru.Len(), n, pgDump(first, true) == pgDump(second, true))
	}
}
