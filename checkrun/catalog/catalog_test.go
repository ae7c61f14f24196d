package catalog

import (
	"slices"
	"testing"
)

func TestProviders(t *testing.T) {
	for _, tt := range []struct {
		spelling    string
		known       bool
		name        string
		dialect     Dialect
		dialectOK   bool
		description string
	}{
		{"postgresql", true, "postgresql", Postgres, true, "PostgreSQL"},
		{" PostgreSQL ", true, "postgresql", Postgres, true, "case and spaces ignored"},
		{"postgres", true, "postgresql", Postgres, true, "the alias names postgresql"},
		{"cockroachdb", true, "cockroachdb", Postgres, true, "checked as PostgreSQL"},
		{"mysql", true, "mysql", MySQL, true, "MySQL"},
		{"sqlite", true, "sqlite", SQLite, true, "SQLite"},
		{"sqlserver", true, "sqlserver", "", false, "known, not checked"},
		{"mongodb", true, "mongodb", "", false, "known, not checked"},
		{"oracle", false, "", "", false, "unknown"},
		{"", false, "", "", false, "empty"},
	} {
		p, ok := LookupProvider(tt.spelling)
		if ok != tt.known || p.Name != tt.name || p.Dialect != tt.dialect {
			t.Errorf("%s: LookupProvider(%q) = {Name %q, Dialect %q}, %v; want {Name %q, Dialect %q}, %v",
				tt.description, tt.spelling, p.Name, p.Dialect, ok, tt.name, tt.dialect, tt.known)
		}
		d, ok := DialectForProvider(tt.spelling)
		if ok != tt.dialectOK || (ok && d != tt.dialect) {
			t.Errorf("%s: DialectForProvider(%q) = %q, %v; want %q, %v", tt.description, tt.spelling, d, ok, tt.dialect, tt.dialectOK)
		}
	}
	if got, want := CheckedProviders(), []string{"postgresql", "cockroachdb", "mysql", "sqlite"}; !slices.Equal(got, want) {
		t.Errorf("CheckedProviders() = %v, want %v (no alias, no unchecked provider)", got, want)
	}
}

func TestQuoteIdent(t *testing.T) {
	for _, tt := range []struct{ in, std, mysql string }{
		{"User", `"User"`, "`User`"},
		{`we"ird`, `"we""ird"`, "`we\"ird`"},
		{"we`ird", "\"we`ird\"", "`we``ird`"},
		{"", `""`, "``"},
		{`""`, `""""""`, "`\"\"`"},
	} {
		if got := QuoteIdent(tt.in); got != tt.std {
			t.Errorf("QuoteIdent(%q) = %s, want %s", tt.in, got, tt.std)
		}
		if got := QuoteMySQLIdent(tt.in); got != tt.mysql {
			t.Errorf("QuoteMySQLIdent(%q) = %s, want %s", tt.in, got, tt.mysql)
		}
	}
}

func TestKeyIsExactOnlyForPostgres(t *testing.T) {
	for _, tt := range []struct {
		d    Dialect
		want string
	}{{Postgres, "UserRole"}, {MySQL, "userrole"}, {SQLite, "userrole"}} {
		if got := New(tt.d).Key("UserRole"); got != tt.want {
			t.Errorf("%s: Key(UserRole) = %q, want %q", tt.d, got, tt.want)
		}
	}
	if New(Postgres).DefaultSchema != "public" || New(MySQL).DefaultSchema != "" || New(SQLite).DefaultSchema != "" {
		t.Error("DefaultSchema: want public for PostgreSQL only")
	}
}

// sample is a catalogue with two schemas and objects whose names differ
// only in case.
func sample(d Dialect) *Catalog {
	c := New(d)
	c.AddTable(&Table{Name: "User", Columns: []*Column{{Name: "id"}, {Name: "Email"}},
		Indexes:     []*Index{{Name: "User_email_key", Unique: true, Columns: []IndexColumn{{Name: "Email"}}}},
		ForeignKeys: []*ForeignKey{{Name: "User_teamId_fkey", Columns: []string{"teamId"}, RefTable: "Team", RefColumns: []string{"id"}}},
	})
	c.AddTable(&Table{Schema: "audit", Name: "User"})
	c.Enums = []*Enum{{Name: "Role", Values: []string{"USER", "ADMIN"}}, {Schema: "audit", Name: "Role"}}
	return c
}

func TestLookups(t *testing.T) {
	pg, my := sample(Postgres), sample(MySQL)
	for _, tt := range []struct {
		what  string
		got   bool
		want  bool
		about string
	}{
		{"Table(\"\", User)", pg.Table("", "User") == pg.Tables[0], true, "the default schema"},
		{"Table(public, User)", pg.Table("public", "User") == pg.Tables[0], true, "public is the default schema by name"},
		{"Table(audit, User)", pg.Table("audit", "User") == pg.Tables[1], true, "another schema"},
		{"Table(\"\", user) PostgreSQL", pg.Table("", "user") != nil, false, "PostgreSQL names are exact"},
		{"Table(\"\", user) MySQL", my.Table("", "user") == my.Tables[0], true, "MySQL names ignore case"},
		{"Table(other, User)", pg.Table("other", "User") != nil, false, "no such schema"},
		{"Enum(\"\", Role)", pg.Enum("", "Role") == pg.Enums[0], true, "default schema"},
		{"Enum(audit, Role)", pg.Enum("audit", "Role") == pg.Enums[1], true, "another schema"},
		{"Enum(\"\", role)", pg.Enum("", "role") != nil, false, "exact"},
		{"Column(id)", pg.Tables[0].Column(Postgres, "id") == pg.Tables[0].Columns[0], true, "exact"},
		{"Column(email) PostgreSQL", pg.Tables[0].Column(Postgres, "email") != nil, false, "exact"},
		{"Column(email) MySQL", my.Tables[0].Column(MySQL, "email") == my.Tables[0].Columns[1], true, "case-insensitive"},
		{"Index(User_email_key)", pg.Tables[0].Index(Postgres, "User_email_key") == pg.Tables[0].Indexes[0], true, ""},
		{"Index(user_email_key) MySQL", my.Tables[0].Index(MySQL, "user_email_key") != nil, true, "case-insensitive"},
		{"Index(missing)", pg.Tables[0].Index(Postgres, "missing") != nil, false, ""},
		{"ForeignKey(User_teamId_fkey)", pg.Tables[0].ForeignKey(Postgres, "User_teamId_fkey") == pg.Tables[0].ForeignKeys[0], true, ""},
		{"ForeignKey(missing)", pg.Tables[0].ForeignKey(Postgres, "missing") != nil, false, ""},
	} {
		if tt.got != tt.want {
			t.Errorf("%s: found = %v, want %v (%s)", tt.what, tt.got, tt.want, tt.about)
		}
	}
	tb, ix := pg.IndexByName("", "User_email_key")
	if tb != pg.Tables[0] || ix != pg.Tables[0].Indexes[0] {
		t.Errorf("IndexByName(\"\", User_email_key) = %v, %v; want the User table and its index", tb, ix)
	}
	if tb, ix := pg.IndexByName("audit", "User_email_key"); tb != nil || ix != nil {
		t.Errorf("IndexByName(audit, User_email_key) found %v in the wrong schema", tb)
	}
}

func TestDrops(t *testing.T) {
	c := sample(Postgres)
	u := c.Tables[0]
	for _, tt := range []struct {
		what      string
		drop      func() bool
		want      bool
		remaining func() int
		left      int
	}{
		{"DropColumn(Email)", func() bool { return u.DropColumn(Postgres, "Email") }, true, func() int { return len(u.Columns) }, 1},
		{"DropColumn(Email) again", func() bool { return u.DropColumn(Postgres, "Email") }, false, func() int { return len(u.Columns) }, 1},
		{"DropIndex(User_email_key)", func() bool { return u.DropIndex(Postgres, "User_email_key") }, true, func() int { return len(u.Indexes) }, 0},
		{"DropIndex(missing)", func() bool { return u.DropIndex(Postgres, "missing") }, false, func() int { return len(u.Indexes) }, 0},
		{"DropForeignKey(User_teamId_fkey)", func() bool { return u.DropForeignKey(Postgres, "User_teamId_fkey") }, true, func() int { return len(u.ForeignKeys) }, 0},
		{"DropForeignKey(missing)", func() bool { return u.DropForeignKey(Postgres, "missing") }, false, func() int { return len(u.ForeignKeys) }, 0},
		{"DropEnum(audit, Role)", func() bool { return c.DropEnum("audit", "Role") }, true, func() int { return len(c.Enums) }, 1},
		{"DropEnum(audit, Role) again", func() bool { return c.DropEnum("audit", "Role") }, false, func() int { return len(c.Enums) }, 1},
		{"DropTable(audit, User)", func() bool { return c.DropTable("audit", "User") }, true, func() int { return len(c.Tables) }, 1},
		{"DropTable(\"\", user)", func() bool { return c.DropTable("", "user") }, false, func() int { return len(c.Tables) }, 1},
	} {
		if got := tt.drop(); got != tt.want {
			t.Errorf("%s = %v, want %v", tt.what, got, tt.want)
		}
		if n := tt.remaining(); n != tt.left {
			t.Errorf("%s: %d left, want %d", tt.what, n, tt.left)
		}
	}
	if c.Tables[0] != u || c.Enums[0].Name != "Role" || c.Enums[0].Schema != "" {
		t.Error("a drop removed the wrong object")
	}
}

func TestSort(t *testing.T) {
	c := New(Postgres)
	c.Tables = []*Table{
		{Name: "b", Indexes: []*Index{{Name: "z"}, {Name: "a"}}, ForeignKeys: []*ForeignKey{{Name: "y"}, {Name: "x"}},
			Columns: []*Column{{Name: "second"}, {Name: "first"}}},
		{Schema: "audit", Name: "a"},
		{Name: "a"},
	}
	c.Enums = []*Enum{{Name: "E2"}, {Name: "E1"}}
	c.Sort()
	var tables []string
	for _, tb := range c.Tables {
		tables = append(tables, tb.Schema+"."+tb.Name)
	}
	b := c.Tables[1]
	for _, tt := range []struct {
		what      string
		got, want []string
	}{
		{"tables (schema, then name)", tables, []string{".a", ".b", "audit.a"}},
		{"enums", []string{c.Enums[0].Name, c.Enums[1].Name}, []string{"E1", "E2"}},
		{"indexes", []string{b.Indexes[0].Name, b.Indexes[1].Name}, []string{"a", "z"}},
		{"foreign keys", []string{b.ForeignKeys[0].Name, b.ForeignKeys[1].Name}, []string{"x", "y"}},
		{"columns (kept: their order is meaningful)", []string{b.Columns[0].Name, b.Columns[1].Name}, []string{"second", "first"}},
	} {
		if !slices.Equal(tt.got, tt.want) {
			t.Errorf("Sort: %s = %v, want %v", tt.what, tt.got, tt.want)
		}
	}
}

func TestSmallHelpers(t *testing.T) {
	for _, tt := range []struct{ what, got, want string }{
		{"Pos{}.String()", Pos{}.String(), ""},
		{"Pos{File}.String()", Pos{File: "a.sql"}.String(), "a.sql"},
		{"Pos{File, Line}.String()", Pos{File: "a.sql", Line: 3}.String(), "a.sql:3"},
		{"Type{INTEGER}.String()", Type{Name: "INTEGER"}.String(), "INTEGER"},
		{"Type{TEXT, Array}.String()", Type{Name: "TEXT", Array: true}.String(), "TEXT[]"},
	} {
		if tt.got != tt.want {
			t.Errorf("%s = %q, want %q", tt.what, tt.got, tt.want)
		}
	}
	if !(Pos{}).IsZero() || (Pos{Line: 1}).IsZero() || (Pos{File: "a"}).IsZero() {
		t.Error("Pos.IsZero: only the empty position is zero")
	}
	cols := []IndexColumn{{Name: "a"}, {Name: "lower(b)", Expression: true}}
	if got := (&Index{Columns: cols}).ColumnNames(); !slices.Equal(got, []string{"a", "lower(b)"}) {
		t.Errorf("Index.ColumnNames() = %v", got)
	}
	if got := (&PrimaryKey{Columns: cols[:1]}).ColumnNames(); !slices.Equal(got, []string{"a"}) {
		t.Errorf("PrimaryKey.ColumnNames() = %v", got)
	}
	e := &Enum{Values: []string{"A", "B", "C"}, Pos: Pos{File: "s", Line: 1}, ValuePos: []Pos{{File: "s", Line: 2}, {}}}
	for _, tt := range []struct {
		value string
		want  Pos
	}{{"A", Pos{File: "s", Line: 2}}, {"B", e.Pos}, {"C", e.Pos}, {"missing", e.Pos}} {
		if got := e.ValuePosition(tt.value); got != tt.want {
			t.Errorf("ValuePosition(%q) = %v, want %v", tt.value, got, tt.want)
		}
	}
	for name, want := range map[string]bool{"serial": true, "BIGSERIAL": true, "pg_catalog.serial4": true, "smallserial": true, "serial2": true, "serial8": true, "integer": false, "": false} {
		if IsSerial(name) != want {
			t.Errorf("IsSerial(%q) = %v, want %v", name, !want, want)
		}
	}
}
