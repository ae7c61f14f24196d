package sqlddl

import (
	"strings"
	"testing"

	"github.com/migsync/migsync/checkrun/catalog"
	"github.com/migsync/migsync/internal/peakrss"
)

// TestReplayManyStatementsMemory: a script of 200,000 tiny statements (2 MB)
// and one table. Parsed whole, PostgreSQL's took libpg_query and
// pg_query_go about 265 MB; split into a slice of statements with their
// tokens, SQLite's and MySQL's held tens of bytes per byte of SQL. In
// pieces (postgres_pieces.go) and one statement at a time (statements), the
// replay's peak stays a few tens of MB above the process's (Linux: VmHWM,
// reset through /proc/self/clear_refs).
func TestReplayManyStatementsMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("replays a 2 MB script")
	}
	for _, c := range []struct {
		dialect catalog.Dialect
		table   string
		maxMB   int // before: PostgreSQL 265, SQLite 85, MySQL 62
	}{
		{catalog.Postgres, "CREATE TABLE big (id int);\n", 64},
		{catalog.MySQL, "CREATE TABLE `big` (`id` INTEGER NOT NULL);\n", 40},
		{catalog.SQLite, "CREATE TABLE \"big\" (\"id\" INTEGER NOT NULL);\n", 40},
	} {
		t.Run(string(c.dialect), func(t *testing.T) {
			sql := []byte(strings.Repeat("SELECT 1;\n", 200_000) + c.table)
			// Warm up first: the parsers' one-time set-up (without cgo,
			// compiling libpg_query's WebAssembly module) is not the replay.
			Replay(c.dialect, []Migration{{Name: "0", Path: "0.sql", SQL: []byte(c.table)}})
			var cat *catalog.Catalog
			var notices []Notice
			grew := peakrss.Growth(t, func() {
				cat, notices = Replay(c.dialect, []Migration{{Name: "1", Path: "1.sql", SQL: sql}})
			})
			if len(notices) != 0 || cat.Table("", "big") == nil {
				t.Fatalf("notices %v, table big %v", notices, cat.Table("", "big"))
			}
			t.Logf("peak RSS grew %d MB replaying 200,000 statements", grew/1024)
			if grew > c.maxMB<<10 {
				t.Errorf("peak RSS grew %d MB replaying a 2 MB script, want under %d MB", grew/1024, c.maxMB)
			}
		})
	}
}
