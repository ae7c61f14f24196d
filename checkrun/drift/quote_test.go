package drift

import (
	"strings"
	"testing"

	"github.com/migsync/migsync/checkrun/catalog"
	"github.com/migsync/migsync/checkrun/sqlddl"
)

// TestRenderedSQLQuotesIdentifiers: a name mapped with @@map/@map may hold
// the dialect's quote character; the SQL that creates the missing objects
// must double it ("we""ird", `we“ird`), or the migration does not even
// parse. Each case renders the difference between the wanted catalogue and
// an empty one, replays the SQL and expects the names back.
func TestRenderedSQLQuotesIdentifiers(t *testing.T) {
	for _, tt := range []struct {
		d           catalog.Dialect
		table, col  string
		quotedTable string
	}{
		{catalog.Postgres, `we"ird`, `co"l`, `"we""ird"`},
		{catalog.SQLite, `we"ird`, `co"l`, `"we""ird"`},
		{catalog.MySQL, "we`ird", "co`l", "`we``ird`"},
	} {
		d := tt.d
		want := catalog.New(d)
		want.Tables = []*catalog.Table{{
			Name:    tt.table,
			Columns: []*catalog.Column{{Name: tt.col, Type: catalog.Type{Name: "INTEGER"}, NotNull: true}},
		}}
		sql := RenderSQL(d, Compare(want, catalog.New(d)))
		if !strings.Contains(sql, tt.quotedTable) {
			t.Errorf("%s: the table is not quoted as %s:\n%s", d, tt.quotedTable, sql)
			continue
		}
		got, notices := sqlddl.Replay(d, []sqlddl.Migration{{Name: "1", Path: "1/migration.sql", SQL: []byte(sql)}})
		for _, n := range notices {
			if n.Error {
				t.Errorf("%s: the rendered SQL does not replay: %s\n%s", d, n, sql)
			}
		}
		if len(got.Tables) != 1 || got.Tables[0].Name != tt.table || len(got.Tables[0].Columns) != 1 || got.Tables[0].Columns[0].Name != tt.col {
			t.Errorf("%s: replayed %+v, want table %s with column %s", d, got.Tables, tt.table, tt.col)
		}
	}
}
