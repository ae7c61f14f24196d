package sqlddl

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/migsync/migsync/checkrun/catalog"
	"github.com/migsync/migsync/internal/golden"
)

// pgCorpus lists the PostgreSQL corpus projects: their names (testdata/postgres/<name>
// holds the expected notices) and migrations folders.
func pgCorpus(t testing.TB) map[string]string {
	t.Helper()
	out := map[string]string{}
	for name := range corpusProjects {
		if p, ok := strings.CutPrefix(name, "postgres/"); ok {
			out[p] = corpusMigrations(name)
		}
	}
	if len(out) == 0 {
		t.Fatal("no PostgreSQL corpus")
	}
	return out
}

// TestReplayPostgresCorpus replays every corpus project: no error notices,
// and exactly the non-error notices listed in the project's notices.txt.
func TestReplayPostgresCorpus(t *testing.T) {
	for project, dir := range pgCorpus(t) {
		t.Run(project, func(t *testing.T) {
			ms := loadMigrations(t, dir)
			cat, notices := Replay(catalog.Postgres, ms)
			for _, n := range notices {
				if n.Error {
					t.Errorf("error notice: %s", n)
				}
			}
			got := strings.Join(pgNoticeLines(notices), "\n")
			wantFile := filepath.Join("testdata", "postgres", project, "notices.txt")
			if golden.Update() {
				if err := os.WriteFile(wantFile, []byte(got+"\n"), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(wantFile)
			if err != nil {
				t.Fatal(err)
			}
			if strings.TrimSpace(string(want)) != strings.TrimSpace(got) {
				t.Errorf("notices differ from %s:\n--- got\n%s\n--- want\n%s", wantFile, got, want)
			}
			if len(cat.Tables) == 0 {
				t.Errorf("replay produced no tables")
			}
		})
	}
}

// TestReplayPostgresConcurrent replays one history from several goroutines
// at once (they share cached parse trees) and from cold: every result must
// be the same.
func TestReplayPostgresConcurrent(t *testing.T) {
	ms := loadMigrations(t, corpusMigrations("postgres/documenso"))
	pc := NewParseCache()
	cold, _ := ReplayCached(pc, catalog.Postgres, ms)
	want := pgDump(cold, true)
	results := make(chan string, 4)
	for i := 0; i < 4; i++ {
		go func() {
			cat, _ := ReplayCached(pc, catalog.Postgres, ms)
			results <- pgDump(cat, true)
		}()
	}
	for i := 0; i < 4; i++ {
		if got := <-results; got != want {
			t.Fatalf("a concurrent replay differs from the cold one")
		}
	}
}
