package sqlddl

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/migsync/migsync/checkrun/catalog"
)

// FuzzReplayPostgres feeds arbitrary text to the PostgreSQL replay, after a
// small fixed schema so that ALTER/DROP statements find objects to change.
// It must never panic or hang; every notice must be positioned.
func FuzzReplayPostgres(f *testing.F) {
	for _, tc := range pgCases {
		f.Add(tc.sql)
	}
	if seeds, _ := filepath.Glob(filepath.Join(corpusMigrations("postgres/documenso"), "*", "migration.sql")); len(seeds) > 0 {
		for _, p := range seeds[:min(len(seeds), 40)] {
			if b, err := os.ReadFile(p); err == nil {
				f.Add(string(b))
			}
		}
	}
	f.Add("DO $$ BEGIN EXECUTE 'DROP TABLE \"A\" CASCADE'; END $$;")
	f.Add("ALTER TABLE \"A\" RENAME TO \"B\"; ALTER TYPE \"E\" RENAME VALUE 'x' TO 'y';")
	base := []byte(`CREATE TYPE "E" AS ENUM ('x', 'y');
CREATE TABLE "A" ("id" SERIAL PRIMARY KEY, "e" "E" DEFAULT 'x', "t" TEXT[] DEFAULT '{}', "n" INT UNIQUE);
CREATE TABLE "B" ("id" INT PRIMARY KEY, "aId" INT REFERENCES "A"("id") ON DELETE CASCADE);
CREATE INDEX "B_aId_idx" ON "B"("aId");`)
	f.Fuzz(func(t *testing.T, sql string) {
		ms := []Migration{
			{Name: "0", Path: "0/migration.sql", SQL: base},
			{Name: "1", Path: "1/migration.sql", SQL: []byte(sql)},
		}
		cat, notices := Replay(catalog.Postgres, ms)
		if cat == nil {
			t.Fatal("nil catalogue")
		}
		for _, n := range notices {
			if n.Pos.File == "" || n.Pos.Line < 1 {
				t.Fatalf("notice without a position: %+v", n)
			}
		}
		_ = pgDump(cat, true)
	})
}

// BenchmarkReplayTriggerDev replays trigger.dev's 820 migrations, the
// largest history in the corpus, from cold (no cached parse trees).
func BenchmarkReplayTriggerDev(b *testing.B) {
	ms := loadMigrations(b, corpusMigrations("postgres/trigger.dev-database"))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		// Replay parses with a cache of its own: every iteration is cold.
		if _, notices := Replay(catalog.Postgres, ms); len(notices) != 0 {
			b.Fatalf("unexpected notices: %v", notices)
		}
	}
}

// BenchmarkReplayTriggerDevCached is the same replay with the parse trees
// cached (a pull request's base and head share almost all migrations).
func BenchmarkReplayTriggerDevCached(b *testing.B) {
	ms := loadMigrations(b, corpusMigrations("postgres/trigger.dev-database"))
	pc := NewParseCache()
	ReplayCached(pc, catalog.Postgres, ms)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, notices := ReplayCached(pc, catalog.Postgres, ms); len(notices) != 0 {
			b.Fatalf("unexpected notices: %v", notices)
		}
	}
}
