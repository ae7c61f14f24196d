package sqlddl

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/migsync/migsync/checkrun/catalog"
)

// loadMigrations reads dir/*/migration.sql in Prisma's order; paths in
// positions are "<folder>/migration.sql".
func loadMigrations(t testing.TB, dir string) []Migration {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var ms []Migration
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name(), "migration.sql"))
		if err != nil {
			t.Fatal(err)
		}
		ms = append(ms, Migration{Name: e.Name(), Path: e.Name() + "/migration.sql", SQL: b})
	}
	SortMigrations(ms)
	return ms
}

// dumpCatalog renders a catalogue as stable text for golden files.
func dumpCatalog(c *catalog.Catalog) string {
	c.Sort()
	var b strings.Builder
	for _, t := range c.Tables {
		fmt.Fprintf(&b, "table %s @%s\n", t.Name, t.Pos)
		for _, col := range t.Columns {
			fmt.Fprintf(&b, "  column %s %s", col.Name, col.Type)
			if col.NotNull {
				b.WriteString(" NOT NULL")
			}
			if col.AutoIncrement {
				b.WriteString(" AUTOINCREMENT")
			}
			if col.Default != nil {
				fmt.Fprintf(&b, " DEFAULT[%s] %s", col.Default.Kind, col.Default.Value)
			}
			if col.Generated != "" {
				fmt.Fprintf(&b, " GENERATED %s", col.Generated)
			}
			fmt.Fprintf(&b, " @%s\n", col.Pos)
		}
		if pk := t.PrimaryKey; pk != nil {
			fmt.Fprintf(&b, "  primary key %q %s @%s\n", pk.Name, indexCols(pk.Columns), pk.Pos)
		}
		for _, ix := range t.Indexes {
			kind := "index"
			if ix.Unique {
				kind = "unique index"
			}
			if ix.Constraint {
				kind += " (constraint)"
			}
			fmt.Fprintf(&b, "  %s %s %s", kind, ix.Name, indexCols(ix.Columns))
			if ix.Method != "" {
				fmt.Fprintf(&b, " USING %s", ix.Method)
			}
			if ix.Where != "" {
				fmt.Fprintf(&b, " WHERE %s", ix.Where)
			}
			fmt.Fprintf(&b, " @%s\n", ix.Pos)
		}
		for _, fk := range t.ForeignKeys {
			fmt.Fprintf(&b, "  foreign key %q (%s) -> %s(%s) ON DELETE %s ON UPDATE %s @%s\n", fk.Name,
				strings.Join(fk.Columns, ", "), fk.RefTable, strings.Join(fk.RefColumns, ", "), fk.OnDelete, fk.OnUpdate, fk.Pos)
		}
		for _, ck := range t.Checks {
			fmt.Fprintf(&b, "  check %q %s @%s\n", ck.Name, ck.Expr, ck.Pos)
		}
		for _, tr := range t.Triggers {
			fmt.Fprintf(&b, "  trigger %s @%s\n", tr.Name, tr.Pos)
		}
	}
	for _, v := range c.Views {
		fmt.Fprintf(&b, "view %s @%s\n", v.Name, v.Pos)
	}
	return b.String()
}

func indexCols(cols []catalog.IndexColumn) string {
	parts := make([]string, len(cols))
	for i, c := range cols {
		s := c.Name
		if c.Expression {
			s = "(" + s + ")"
		}
		if c.Length > 0 {
			s += fmt.Sprintf("(%d)", c.Length)
		}
		if c.Sort != "" {
			s += " " + c.Sort
		}
		parts[i] = s
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

// corpusProjects maps the replay tests' project names to their migrations
// folders in the repository's corpus copy (testdata/corpus, one copy for
// every package's tests; licences and provenance are kept there).
var corpusProjects = map[string]string{
	"postgres/documenso":                    "documenso__documenso/packages/prisma/migrations",
	"postgres/hoppscotch":                   "hoppscotch__hoppscotch/packages/hoppscotch-backend/prisma/migrations",
	"postgres/papermark":                    "mfts__papermark/prisma/migrations",
	"postgres/teable":                       "teableio__teable/packages/db-main-prisma/prisma/postgres/migrations",
	"postgres/trigger.dev-database":         "triggerdotdev__trigger.dev/internal-packages/database/prisma/migrations",
	"postgres/trigger.dev-run-ops-database": "triggerdotdev__trigger.dev/internal-packages/run-ops-database/prisma/migrations",
	"postgres/umami":                        "umami-software__umami/prisma/migrations",
	"sqlite/pingvin-share":                  "stonith404__pingvin-share/backend/prisma/migrations",
	"sqlite/teable":                         "teableio__teable/packages/db-main-prisma/prisma/sqlite/migrations",
	"mysql/taxonomy":                        "shadcn-ui__taxonomy/prisma/migrations",
}

// corpusMigrations returns the migrations folder of a corpus project, e.g.
// corpusMigrations("postgres/umami").
func corpusMigrations(project string) string {
	rel, ok := corpusProjects[project]
	if !ok {
		panic("unknown corpus project " + project)
	}
	return filepath.Join("..", "..", "testdata", "corpus", filepath.FromSlash(rel))
}
