package prisma

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/migsync/migsync/checkrun/catalog"
	"github.com/migsync/migsync/checkrun/sqlddl"
)

// TestLowerAgreesWithReplay: for the corpus projects whose migrations are in
// sync with their schema by Prisma's own measure (PostgreSQL), or treated as
// in sync for want of an offline reference (SQLite), the lowered catalogue and
// the catalogue replayed from the migrations must agree table by table,
// column by column (types, nullability, defaults), key by key and index by
// index. A difference is a bug in lowering or in the replay.
func TestLowerAgreesWithReplay(t *testing.T) {
	inSync := map[string]bool{"pingvin-share": true, "teable/sqlite": true, "documenso": true, "papermark": true, "teable/postgres": true, "trigger.dev/run-ops-database": true}
	for _, u := range corpusUnits(t) {
		if !inSync[u.Name] {
			continue
		}
		delete(inSync, u.Name)
		t.Run(u.Name, func(t *testing.T) {
			low, diags := Lower(loadCorpusSchema(t, u))
			if len(diags) > 0 || low == nil {
				t.Fatalf("lower: %v", diags)
			}
			replayed, notices := sqlddl.Replay(low.Dialect, loadMigrationsOf(t, u))
			for _, n := range notices {
				if n.Error {
					t.Errorf("replay: %v", n)
				}
			}
			replayed.Sort()
			ignoreWhatPrismaIgnores(t, replayed, low)
			if diffs := diffCatalogs(replayed, low.Catalog); len(diffs) > 0 {
				t.Errorf("%d differences (want = replay, got = lowered):\n%s", len(diffs), strings.Join(diffs, "\n"))
			}
		})
	}
	for name := range inSync {
		t.Errorf("corpus unit %s not found", name)
	}
}

// ignoreWhatPrismaIgnores removes from both catalogues what Prisma Migrate
// does not compare, so that the rest must agree exactly: partial and
// expression indexes (hand-written; Prisma's describer skips them), the
// order of enum values, and extensions when the schema declares none.
func ignoreWhatPrismaIgnores(t *testing.T, replayed *catalog.Catalog, low *Lowered) {
	for _, tb := range replayed.Tables {
		kept := tb.Indexes[:0]
		for _, ix := range tb.Indexes {
			expr := false
			for _, c := range ix.Columns {
				expr = expr || c.Expression
			}
			if ix.Where != "" || expr {
				t.Logf("ignoring hand-written index %s (partial or on an expression)", ix.Name)
				continue
			}
			kept = append(kept, ix)
		}
		tb.Indexes = kept
	}
	for _, c := range []*catalog.Catalog{replayed, low.Catalog} {
		for _, e := range c.Enums {
			sort.Strings(e.Values)
		}
	}
	if len(low.Catalog.Extensions) == 0 {
		replayed.Extensions = nil
	}
}

// loadMigrationsOf reads a corpus unit's migrations in Prisma's order.
func loadMigrationsOf(t *testing.T, u corpusUnit) []sqlddl.Migration {
	t.Helper()
	dir := filepath.Join(lowerCorpusDir, u.Project, u.Migrations)
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var ms []sqlddl.Migration
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name(), "migration.sql"))
		if err != nil {
			t.Fatal(err)
		}
		ms = append(ms, sqlddl.Migration{Name: e.Name(), Path: filepath.Join(u.Migrations, e.Name(), "migration.sql"), SQL: b})
	}
	sqlddl.SortMigrations(ms)
	return ms
}
