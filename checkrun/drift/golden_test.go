package drift

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/migsync/migsync/checkrun/catalog"
	"github.com/migsync/migsync/checkrun/prisma"
	"github.com/migsync/migsync/checkrun/sqlddl"
)

// loadWant parses and lowers a schema file or folder.
func loadWant(t *testing.T, schemaPath string) *catalog.Catalog {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(schemaPath, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".prisma") {
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			files[filepath.ToSlash(p)] = b
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	s, diags := prisma.ParseSchema(files)
	for _, d := range diags {
		t.Logf("schema: %v", d)
	}
	l, diags := prisma.Lower(s)
	for _, d := range diags {
		t.Logf("lower: %v", d)
	}
	if l == nil || l.Catalog == nil {
		t.Fatalf("lowering %s produced no catalogue", schemaPath)
	}
	sqlddl.NormalizeDefaults(l.Catalog) // as the engine does
	return l.Catalog
}

// loadHave replays every <dir>/*/migration.sql.
func loadHave(t *testing.T, d catalog.Dialect, dir string) *catalog.Catalog {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(dir, "*", "migration.sql"))
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(paths)
	var ms []sqlddl.Migration
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		ms = append(ms, sqlddl.Migration{Name: filepath.Base(filepath.Dir(p)), Path: filepath.ToSlash(p), SQL: b})
	}
	sqlddl.SortMigrations(ms)
	cat, notices := sqlddl.Replay(d, ms)
	for _, n := range notices {
		if n.Error {
			t.Errorf("replay: %v", n)
		} else {
			t.Logf("replay: %v", n)
		}
	}
	return cat
}

// TestGoldenCases runs the whole pipeline (parse, lower, replay, compare,
// render) on testdata/cases and compares with Prisma's own SQL.
func TestGoldenCases(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("testdata", "cases", "*"))
	if err != nil {
		t.Fatal(err)
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			want := loadWant(t, filepath.Join(dir, "schema.prisma"))
			have := loadHave(t, want.Dialect, filepath.Join(dir, "migrations"))
			expected, err := os.ReadFile(filepath.Join(dir, "expected.sql"))
			if err != nil {
				t.Fatal(err)
			}
			// migsync.sql, when present, is migsync's answer where it
			// differs from Prisma's on purpose; deviation.txt says why.
			if b, err := os.ReadFile(filepath.Join(dir, "migsync.sql")); err == nil {
				why, err := os.ReadFile(filepath.Join(dir, "deviation.txt"))
				if err != nil || len(strings.TrimSpace(string(why))) == 0 {
					t.Fatalf("migsync.sql without deviation.txt saying why migsync differs from Prisma")
				}
				expected = b
			}
			diffs := Compare(want, have)
			if got := RenderSQL(want.Dialect, diffs); got != string(expected) {
				t.Errorf("SQL differs from Prisma's\n--- got\n%s--- want\n%s--- differences\n%s", got, expected, describe(diffs))
			}
		})
	}
}

func describe(diffs []Difference) string {
	var b strings.Builder
	for _, d := range diffs {
		b.WriteString(d.Kind + " " + d.Object + ": " + d.Message + "\n")
	}
	return b.String()
}
