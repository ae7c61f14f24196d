package prisma

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// lowerCorpusDir holds the repository's copies of real projects (see its README).
const lowerCorpusDir = "../../testdata/corpus"

// corpusUnit is one schema of testdata/corpus/expected.json.
type corpusUnit struct {
	Name       string `json:"name"`
	Project    string `json:"project"`
	Schema     string `json:"schema"`
	Migrations string `json:"migrations"`
	Provider   string `json:"provider"`
}

func corpusUnits(t *testing.T) []corpusUnit {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(lowerCorpusDir, "expected.json"))
	if err != nil {
		t.Fatalf("corpus: %v", err)
	}
	var doc struct {
		Units []corpusUnit `json:"units"`
	}
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	return doc.Units
}

// loadCorpusSchema parses a unit's schema file, or every .prisma file of its
// schema folder.
func loadCorpusSchema(t *testing.T, u corpusUnit) *Schema {
	t.Helper()
	root := filepath.Join(lowerCorpusDir, u.Project)
	path := filepath.Join(root, u.Schema)
	files := map[string][]byte{}
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		matches, _ := filepath.Glob(filepath.Join(path, "*.prisma"))
		for _, m := range matches {
			files[m] = mustRead(t, m)
		}
	} else {
		files[path] = mustRead(t, path)
	}
	s, diags := ParseSchema(files)
	for _, d := range diags {
		if d.Severity != "warning" {
			t.Fatalf("parse %s: %v", u.Name, d)
		}
	}
	return s
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestLowerCorpusMatchesPrisma lowers every corpus schema and compares the
// catalogue with the CREATE script Prisma 7.10.1 generates for the same
// schema (testdata/lower/corpus/<unit>.sql, see its README), object by
// object.
func TestLowerCorpusMatchesPrisma(t *testing.T) {
	for _, u := range corpusUnits(t) {
		if u.Provider == "mysql" {
			continue // no offline Prisma reference for MySQL
		}
		t.Run(u.Name, func(t *testing.T) {
			low, diags := Lower(loadCorpusSchema(t, u))
			for _, d := range diags {
				t.Errorf("lower: %v", d)
			}
			if low == nil {
				t.FailNow()
			}
			ref := filepath.Join("testdata/lower/corpus", strings.NewReplacer("/", "_", ".", "_").Replace(u.Name)+".sql")
			want := readPrismaSQL(t, low.Dialect, string(mustRead(t, ref)))
			checkPositionsInFiles(t, low)
			if len(want.Tables) == 0 {
				t.Fatalf("%s: no tables in the reference", ref)
			}
			if diffs := diffCatalogs(want, low.Catalog); len(diffs) > 0 {
				t.Errorf("%d differences from Prisma's SQL (want = Prisma):\n%s", len(diffs), strings.Join(diffs, "\n"))
			}
		})
	}
}

// checkPositionsInFiles: every table's position names a schema file whose
// line holds the model's keyword (multi-file schemas point to the right
// file).
func checkPositionsInFiles(t *testing.T, low *Lowered) {
	t.Helper()
	lines := map[string][]string{}
	for _, tb := range low.Catalog.Tables {
		o, ok := low.TableOrigin(tb.Schema, tb.Name)
		if !ok {
			t.Errorf("table %s has no origin", tb.Name)
			continue
		}
		if lines[tb.Pos.File] == nil {
			lines[tb.Pos.File] = strings.Split(string(mustRead(t, tb.Pos.File)), "\n")
		}
		src := lines[tb.Pos.File]
		if tb.Pos.Line < 1 || tb.Pos.Line > len(src) {
			t.Errorf("table %s: line %d out of %s", tb.Name, tb.Pos.Line, tb.Pos.File)
			continue
		}
		line := src[tb.Pos.Line-1]
		want := o.Model
		if o.Kind == FromImplicitM2M {
			want = o.Field
		}
		if !strings.Contains(line, want) {
			t.Errorf("table %s at %s:%d: line %q does not mention %s", tb.Name, tb.Pos.File, tb.Pos.Line, line, want)
		}
	}
}
