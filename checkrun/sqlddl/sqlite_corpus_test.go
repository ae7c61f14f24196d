package sqlddl

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/migsync/migsync/checkrun/catalog"
	"github.com/migsync/migsync/internal/golden"
)

// sqliteCorpus lists the SQLite projects of the corpus (testdata/corpus);
// testdata/sqlite/<project> holds their reviewed catalogue dumps.
var sqliteCorpus = []string{"pingvin-share", "teable"}

// TestReplaySQLiteCorpus replays real projects' migrations: no notices at
// all, the catalogue matches the reviewed golden dump, and every position
// points at a line that names the object.
func TestReplaySQLiteCorpus(t *testing.T) {
	for _, p := range sqliteCorpus {
		t.Run(p, func(t *testing.T) {
			dir := filepath.Join("testdata/sqlite", p)
			ms := loadMigrations(t, corpusMigrations("sqlite/"+p))
			cat, notices := Replay(catalog.SQLite, ms)
			for _, n := range notices {
				t.Errorf("unexpected notice: %s (error=%v): %s", n, n.Error, n.Statement)
			}
			checkGolden(t, filepath.Join(dir, "catalog.golden"), dumpCatalog(cat))
			checkPositions(t, cat, ms)
		})
	}
}

func checkGolden(t *testing.T, path, got string) {
	t.Helper()
	if golden.Update() {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with MIGSYNC_UPDATE_GOLDEN=1 to create it)", err)
	}
	if got != string(want) {
		t.Errorf("catalogue differs from %s (run with MIGSYNC_UPDATE_GOLDEN=1 and review the diff):\n%s", path, firstDiff(string(want), got))
	}
}

// firstDiff shows the first differing line of two texts.
func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return "line " + strconv.Itoa(i+1) + ":\n  want: " + wl + "\n  got:  " + gl
		}
	}
	return ""
}

// checkPositions verifies that each object's position is a line of a
// migration that mentions the object by name: a column's line names the
// column, an index's line the index, a table's line the table (or its
// RedefineTables "new_" copy), a foreign key's line its constraint name.
func checkPositions(t *testing.T, cat *catalog.Catalog, ms []Migration) {
	t.Helper()
	lines := map[string][]string{}
	for _, m := range ms {
		lines[m.Path] = strings.Split(string(m.SQL), "\n")
	}
	lineAt := func(p catalog.Pos) string {
		ls := lines[p.File]
		if p.Line < 1 || p.Line > len(ls) {
			t.Errorf("position %s is outside the migrations", p)
			return ""
		}
		return ls[p.Line-1]
	}
	mentions := func(what string, p catalog.Pos, names ...string) {
		l := lineAt(p)
		for _, n := range names {
			if strings.Contains(l, `"`+n+`"`) || strings.Contains(l, "`"+n+"`") {
				return
			}
		}
		t.Errorf("%s: line %s does not name %q: %q", what, p, names, l)
	}
	for _, tb := range cat.Tables {
		mentions("table "+tb.Name, tb.Pos, tb.Name, "new_"+tb.Name)
		for _, c := range tb.Columns {
			mentions("column "+tb.Name+"."+c.Name, c.Pos, c.Name)
		}
		for _, ix := range tb.Indexes {
			mentions("index "+ix.Name, ix.Pos, ix.Name)
		}
		for _, fk := range tb.ForeignKeys {
			mentions("foreign key "+fk.Name, fk.Pos, fk.Name)
		}
		if pk := tb.PrimaryKey; pk != nil {
			if l := lineAt(pk.Pos); !strings.Contains(l, "PRIMARY KEY") {
				t.Errorf("primary key of %s: line %s has no PRIMARY KEY: %q", tb.Name, pk.Pos, l)
			}
		}
	}
}
