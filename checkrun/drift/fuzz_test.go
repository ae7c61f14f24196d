package drift

import (
	"testing"

	"github.com/migsync/migsync/checkrun/catalog"
)

// genCatalog builds a small catalogue from fuzz bytes: few names, so the two
// sides overlap and every kind of difference can occur. Only the database
// side (have) gets expression and partial indexes: a schema cannot declare
// them.
func genCatalog(d catalog.Dialect, data []byte, have bool) *catalog.Catalog {
	pos := 0
	next := func(n int) int {
		if pos >= len(data) || n <= 0 {
			return 0
		}
		v := int(data[pos]) % n
		pos++
		return v
	}
	names := []string{"a", "b", "c", "A", "B", "id"}
	types := []string{"INTEGER", "TEXT", "BIGINT", "BOOLEAN", "VARCHAR(10)", "TIMESTAMP(3)", "JSONB", "DOUBLE PRECISION", "BYTEA", "UUID"}
	defaults := []*catalog.Default{nil, {Kind: catalog.DefaultValue, Value: "1"}, {Kind: catalog.DefaultValue, Value: "'x'"},
		{Kind: catalog.DefaultNow}, {Kind: catalog.DefaultSequence}, {Kind: catalog.DefaultExpr, Value: "gen()"}, {Kind: catalog.DefaultExpr}}
	c := catalog.New(d)
	used := map[string]bool{} // table, index and key names are unique
	fresh := func(kind, name string) bool {
		if used[kind+name] {
			return false
		}
		used[kind+name] = true
		return true
	}
	if d == catalog.Postgres {
		for i, n := 0, next(3); i < n; i++ {
			e := &catalog.Enum{Name: []string{"E", "F"}[next(2)]}
			if !fresh("enum", e.Name) {
				continue
			}
			for j, m := 0, next(4); j < m; j++ {
				e.Values = append(e.Values, names[next(len(names))])
			}
			c.Enums = append(c.Enums, e)
		}
	}
	for i, n := 0, next(4); i < n; i++ {
		t := &catalog.Table{Name: []string{"T", "U", "_TToU"}[next(3)], Pos: catalog.Pos{File: "s", Line: next(50)}}
		if !fresh("table", t.Name) {
			continue
		}
		for j, m := 0, 1+next(4); j < m; j++ {
			name := names[next(len(names))]
			if !fresh("column"+t.Name+".", name) {
				continue
			}
			col := &catalog.Column{Name: name, Type: catalog.Type{Name: types[next(len(types))]},
				NotNull: next(2) == 1, Default: defaults[next(len(defaults))], AutoIncrement: next(4) == 0}
			if next(5) == 0 {
				col.Type.Array = true
			}
			if d == catalog.Postgres && len(c.Enums) > 0 && next(4) == 0 {
				col.Type = catalog.Type{Name: `"E"`, Enum: c.Enums[0].Name}
			}
			t.Columns = append(t.Columns, col)
		}
		if next(3) > 0 {
			t.PrimaryKey = &catalog.PrimaryKey{Name: t.Name + "_pkey", Columns: []catalog.IndexColumn{{Name: t.Columns[0].Name}}}
		}
		for j, m := 0, next(4); j < m; j++ {
			ix := &catalog.Index{Name: "ix" + names[next(len(names))], Unique: next(2) == 1,
				Method: []string{"", "GIN", "HASH"}[next(3)]}
			if !fresh("index", ix.Name) {
				continue
			}
			for k, p := 0, 1+next(2); k < p; k++ {
				ix.Columns = append(ix.Columns, catalog.IndexColumn{Name: t.Columns[next(len(t.Columns))].Name,
					Sort: []string{"", "DESC", "ASC"}[next(3)], Opclass: []string{"", "text_ops", "x_ops"}[next(3)],
					Expression: have && next(8) == 0})
			}
			if have && next(5) == 0 {
				ix.Where = "a > 1"
			}
			t.Indexes = append(t.Indexes, ix)
		}
		for j, m := 0, next(3); j < m; j++ {
			name := "fk" + names[next(len(names))]
			if !fresh("fk", name) {
				continue
			}
			t.ForeignKeys = append(t.ForeignKeys, &catalog.ForeignKey{Name: name,
				Columns: []string{t.Columns[next(len(t.Columns))].Name}, RefTable: []string{"T", "U"}[next(2)],
				RefColumns: []string{"id"}, OnDelete: []string{"", catalog.Cascade, catalog.SetNull}[next(3)]})
		}
		if next(6) == 0 {
			t.Triggers = append(t.Triggers, &catalog.Trigger{Name: "tr"})
		}
		c.Tables = append(c.Tables, t)
	}
	return c
}

// FuzzCompare checks that any pair of catalogues compares without panicking,
// deterministically, with consistent classes and SQL.
func FuzzCompare(f *testing.F) {
	f.Add([]byte("\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a"), []byte("\x0a\x09\x08\x07\x06\x05\x04\x03\x02\x01"), uint8(0))
	f.Add([]byte("\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03"), []byte{}, uint8(1))
	f.Add([]byte("\xff\x10\x22\x33\x44\x55\x66\x77\x88\x99\xaa\xbb\xcc\xdd\xee"), []byte("\x02\x02\x01\x00\x05\x07"), uint8(2))
	f.Fuzz(func(t *testing.T, a, b []byte, dialect uint8) {
		d := []catalog.Dialect{catalog.Postgres, catalog.SQLite, catalog.MySQL}[int(dialect)%3]
		want, have := genCatalog(d, a, false), genCatalog(d, b, true)
		diffs := Compare(want, have)
		again := Compare(want, have)
		if RenderSQL(d, diffs) != RenderSQL(d, again) || len(diffs) != len(again) {
			t.Fatal("Compare is not deterministic")
		}
		for _, df := range diffs {
			if df.Kind == "" || df.Message == "" || df.Severity != SeverityOf(df.Class) {
				t.Fatalf("bad difference %+v", df)
			}
		}
		if len(Compare(want, want)) != 0 && d == catalog.Postgres {
			for _, df := range Compare(want, want) {
				// Index kinds can differ from themselves: Prisma never matches a
				// B-tree index with an operator class, and duplicate index
				// definitions pair up arbitrarily.
				indexKind := df.Kind == KindIndexDefinition || df.Kind == KindIndexName ||
					df.Kind == KindMissingIndex || df.Kind == KindMissingUnique
				if len(df.ops) > 0 && !indexKind {
					t.Fatalf("a catalogue differs from itself: %s %s", df.Kind, df.Message)
				}
			}
		}
	})
}
