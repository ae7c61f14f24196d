package catalog

import (
	"strings"
	"testing"
)

// TestText: the same database described twice, in another order and with
// other positions, has one Text; a real difference shows.
func TestText(t *testing.T) {
	build := func(swap bool, pos Pos) *Catalog {
		c := New(Postgres)
		a := &Table{Name: "a", Pos: pos, Columns: []*Column{{Name: "id", Type: Type{Name: "INTEGER"}, NotNull: true, Pos: pos}},
			PrimaryKey: &PrimaryKey{Name: "a_pkey", Columns: []IndexColumn{{Name: "id"}}}}
		b := &Table{Schema: "audit", Name: "b", Columns: []*Column{{Name: "at", Type: Type{Name: "TIMESTAMP(6)", Text: "TIMESTAMP"}, Default: &Default{Kind: DefaultNow}}},
			Indexes: []*Index{{Name: "b_z", Columns: []IndexColumn{{Name: "at", Sort: "DESC"}}}, {Name: "b_a", Unique: true, Columns: []IndexColumn{{Name: "at"}}}}}
		c.Tables = []*Table{a, b}
		c.Namespaces = []string{"audit", "other"}
		if swap {
			c.Tables = []*Table{b, a}
			b.Indexes[0], b.Indexes[1] = b.Indexes[1], b.Indexes[0]
			c.Namespaces = []string{"other", "audit"}
		}
		return c
	}
	x, y := Text(build(false, Pos{File: "m.sql", Line: 3})), Text(build(true, Pos{}))
	if x != y {
		t.Fatalf("order or positions changed the text:\n%s\n---\n%s", x, y)
	}
	for _, want := range []string{"schemas audit, other", "table audit.b", "column at TIMESTAMP(6) DEFAULT[now]", "unique index b_a (at)", "index b_z (at DESC)", `primary key "a_pkey" (id)`} {
		if !strings.Contains(x, want) {
			t.Errorf("text lacks %q:\n%s", want, x)
		}
	}
	c := build(false, Pos{})
	c.Tables[0].Columns[0].NotNull = false
	if Text(c) == x {
		t.Errorf("a nullability change does not show")
	}
}
