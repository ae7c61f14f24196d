package sqlddl

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/migsync/migsync/checkrun/catalog"
)

// pgCorpus lists the PostgreSQL projects under testdata/postgres.
func pgCorpus(t testing.TB) []string {
	t.Helper()
	dirs, err := filepath.Glob("testdata/postgres/*/migrations")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no PostgreSQL corpus in testdata/postgres: %v", err)
	}
	return dirs
}

// TestReplayPostgresCorpus replays every corpus project: no error notices,
// and exactly the non-error notices listed in the project's notices.txt.
func TestReplayPostgresCorpus(t *testing.T) {
	for _, dir := range pgCorpus(t) {
		project := filepath.Base(filepath.Dir(dir))
		t.Run(project, func(t *testing.T) {
			ms := pgLoadMigrations(t, dir)
			cat, notices := Replay(catalog.Postgres, ms)
			for _, n := range notices {
				if n.Error {
					t.Errorf("error notice: %s", n)
				}
			}
			got := strings.Join(pgNoticeLines(notices), "\n")
			wantFile := filepath.Join(filepath.Dir(dir), "notices.txt")
			if os.Getenv("MIGSYNC_UPDATE_GOLDEN") != "" {
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
