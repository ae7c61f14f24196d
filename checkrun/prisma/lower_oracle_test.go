package prisma

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/migsync/migsync/checkrun/catalog"
)

// The cases under testdata/lower/oracle hold a schema and the CREATE script
// Prisma 7.10.1 generates for it (oracle.sql, from regen.sh). The test reads
// Prisma's script back into a catalogue with a reader for Prisma's own,
// very regular, output format, and compares it with Lower's catalogue object
// by object. This checks lowering against Prisma itself without calling it.

func TestLowerMatchesPrismaOracle(t *testing.T) {
	dirs, err := filepath.Glob("testdata/lower/oracle/*/schema.prisma")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no oracle cases: %v", err)
	}
	for _, schemaPath := range dirs {
		dir := filepath.Dir(schemaPath)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			src, err := os.ReadFile(schemaPath)
			if err != nil {
				t.Fatal(err)
			}
			sqlText, err := os.ReadFile(filepath.Join(dir, "oracle.sql"))
			if err != nil {
				t.Fatal(err)
			}
			low := mustLower(t, schemaPath, string(src))
			want := readPrismaSQL(t, low.Dialect, string(sqlText))
			if diffs := diffCatalogs(want, low.Catalog); len(diffs) > 0 {
				t.Errorf("lowered catalogue differs from Prisma's SQL (want = Prisma):\n%s", strings.Join(diffs, "\n"))
			}
		})
	}
}

// mustLower parses and lowers a schema, failing on any error diagnostic.
func mustLower(t *testing.T, path, src string) *Lowered {
	t.Helper()
	f, diags := ParseFile(path, []byte(src))
	for _, d := range diags {
		if d.Severity != "warning" {
			t.Fatalf("parse: %v", d)
		}
	}
	low, diags := Lower(&Schema{Files: []*File{f}})
	for _, d := range diags {
		if d.Severity != "warning" {
			t.Fatalf("lower: %v", d)
		}
	}
	if low == nil {
		t.Fatal("Lower returned nil")
	}
	return low
}

var (
	reQualified = `"([^"]+)"(?:\."([^"]+)")?`
	reEnum      = regexp.MustCompile(`^CREATE TYPE ` + reQualified + ` AS ENUM \((.*)\)$`)
	reExt       = regexp.MustCompile(`^CREATE EXTENSION IF NOT EXISTS "([^"]+)"(?: WITH SCHEMA "([^"]+)")?(?: WITH VERSION "([^"]+)")?$`)
	reTable     = regexp.MustCompile(`(?s)^CREATE TABLE ` + reQualified + ` \((.*)\)$`)
	reIndex     = regexp.MustCompile(`^CREATE (UNIQUE )?INDEX "([^"]+)" ON ` + reQualified + `(?: USING (\w+))? ?\((.*)\)$`)
	reAlterFK   = regexp.MustCompile(`^ALTER TABLE ` + reQualified + ` ADD (CONSTRAINT .*)$`)
	reFK        = regexp.MustCompile(`^CONSTRAINT "([^"]+)" FOREIGN KEY \((.*?)\) REFERENCES ` + reQualified + ` ?\((.*?)\) ON DELETE (.+) ON UPDATE (.+)$`)
	rePK        = regexp.MustCompile(`^(?:CONSTRAINT "([^"]+)" )?PRIMARY KEY \((.*)\)$`)
	reColumn    = regexp.MustCompile(`^"([^"]+)" (.+?)( NOT NULL)?(?: DEFAULT (.+?))?( PRIMARY KEY)?( AUTOINCREMENT)?$`)
)

// qualified splits `"a"."b"` matches into schema and name.
func qualified(first, second string) (schema, name string) {
	if second == "" {
		return "", first
	}
	return first, second
}

// readPrismaSQL reads a script in Prisma Migrate's output format.
func readPrismaSQL(t *testing.T, d catalog.Dialect, script string) *catalog.Catalog {
	t.Helper()
	cat := catalog.New(d)
	var lines []string
	for _, ln := range strings.Split(script, "\n") {
		if !strings.HasPrefix(ln, "--") {
			lines = append(lines, ln)
		}
	}
	for _, stmt := range strings.Split(strings.Join(lines, "\n"), ";\n") {
		stmt = strings.TrimSuffix(strings.TrimSpace(stmt), ";")
		if stmt == "" || strings.HasPrefix(stmt, "CREATE SCHEMA") {
			continue
		}
		if m := reEnum.FindStringSubmatch(stmt); m != nil {
			s, n := qualified(m[1], m[2])
			e := &catalog.Enum{Schema: s, Name: n}
			for _, v := range strings.Split(m[3], ", ") {
				e.Values = append(e.Values, strings.Trim(v, "'"))
			}
			cat.Enums = append(cat.Enums, e)
		} else if m := reExt.FindStringSubmatch(stmt); m != nil {
			cat.Extensions = append(cat.Extensions, &catalog.Extension{Name: m[1], Schema: m[2], Version: m[3]})
		} else if m := reTable.FindStringSubmatch(stmt); m != nil {
			s, n := qualified(m[1], m[2])
			cat.AddTable(readTableBody(t, d, &catalog.Table{Schema: s, Name: n}, m[3]))
		} else if m := reIndex.FindStringSubmatch(stmt); m != nil {
			s, n := qualified(m[3], m[4])
			tb := cat.Table(s, n)
			if tb == nil {
				t.Fatalf("index on unknown table: %s", stmt)
			}
			ix := &catalog.Index{Name: m[2], Unique: m[1] != "", Method: m[5], Columns: readIndexColumns(m[6])}
			tb.Indexes = append(tb.Indexes, ix)
		} else if m := reAlterFK.FindStringSubmatch(stmt); m != nil {
			s, n := qualified(m[1], m[2])
			tb := cat.Table(s, n)
			if tb == nil {
				t.Fatalf("foreign key on unknown table: %s", stmt)
			}
			tb.ForeignKeys = append(tb.ForeignKeys, readFK(t, m[3]))
		} else {
			t.Fatalf("unrecognised statement in oracle.sql: %s", stmt)
		}
	}
	cat.Sort()
	return cat
}

func readTableBody(t *testing.T, d catalog.Dialect, tb *catalog.Table, body string) *catalog.Table {
	for _, ln := range strings.Split(body, "\n") {
		ln = strings.TrimSuffix(strings.TrimSpace(ln), ",")
		if ln == "" {
			continue
		}
		if m := rePK.FindStringSubmatch(ln); m != nil {
			tb.PrimaryKey = &catalog.PrimaryKey{Name: m[1], Columns: readIndexColumns(m[2])}
			continue
		}
		if strings.HasPrefix(ln, "CONSTRAINT") {
			tb.ForeignKeys = append(tb.ForeignKeys, readFK(t, ln))
			continue
		}
		m := reColumn.FindStringSubmatch(ln)
		if m == nil {
			t.Fatalf("unrecognised table line: %s", ln)
		}
		col := &catalog.Column{Name: m[1], NotNull: m[3] != "", Type: readType(d, m[2])}
		if catalog.IsSerial(m[2]) {
			col.Default = &catalog.Default{Kind: catalog.DefaultSequence, Value: serialSequenceName(tb.Name, col.Name)}
		}
		if m[4] != "" {
			col.Default = readDefault(m[4])
		}
		if m[5] != "" {
			tb.PrimaryKey = &catalog.PrimaryKey{Columns: []catalog.IndexColumn{{Name: m[1]}}}
		}
		col.AutoIncrement = m[6] != ""
		tb.Columns = append(tb.Columns, col)
	}
	return tb
}

func readType(d catalog.Dialect, s string) catalog.Type {
	var ty catalog.Type
	if strings.HasSuffix(s, "[]") {
		ty.Array = true
		s = strings.TrimSuffix(s, "[]")
	}
	if strings.HasPrefix(s, `"`) {
		m := regexp.MustCompile(`^` + reQualified + `$`).FindStringSubmatch(s)
		ty.EnumSchema, ty.Enum = qualified(m[1], m[2])
		ty.Name = catalog.QuoteIdent(ty.Enum)
		return ty
	}
	name, ok := catalog.CanonicalType(d, s, nil)
	ty.Name, ty.Unsupported = name, !ok
	return ty
}

func readDefault(s string) *catalog.Default {
	switch {
	case s == "CURRENT_TIMESTAMP":
		return &catalog.Default{Kind: catalog.DefaultNow}
	case strings.HasPrefix(s, "ARRAY["), strings.HasPrefix(s, "{"),
		strings.HasPrefix(s, "'") && !strings.Contains(s, "::"),
		s == "true", s == "false", regexp.MustCompile(`^-?[0-9.]+$`).MatchString(s):
		return &catalog.Default{Kind: catalog.DefaultValue, Value: s}
	}
	return &catalog.Default{Kind: catalog.DefaultExpr, Value: normalizeSpace(s)}
}

func readFK(t *testing.T, s string) *catalog.ForeignKey {
	m := reFK.FindStringSubmatch(s)
	if m == nil {
		t.Fatalf("unrecognised foreign key: %s", s)
	}
	rs, rt := qualified(m[3], m[4])
	return &catalog.ForeignKey{
		Name: m[1], Columns: quotedList(m[2]), RefSchema: rs, RefTable: rt,
		RefColumns: quotedList(m[5]), OnDelete: m[6], OnUpdate: m[7],
	}
}

func quotedList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		out = append(out, strings.Trim(strings.TrimSpace(p), `"`))
	}
	return out
}

// readIndexColumns reads `"a" jsonb_path_ops DESC, "b"`.
func readIndexColumns(s string) []catalog.IndexColumn {
	var out []catalog.IndexColumn
	for _, p := range strings.Split(s, ",") {
		f := strings.Fields(strings.TrimSpace(p))
		ic := catalog.IndexColumn{Name: strings.Trim(f[0], `"`)}
		for _, w := range f[1:] {
			if w == "DESC" || w == "ASC" {
				if w == "DESC" {
					ic.Sort = "DESC"
				}
			} else {
				ic.Opclass = w
			}
		}
		out = append(out, ic)
	}
	return out
}

// diffCatalogs lists the differences between two catalogues, ignoring
// positions and index Constraint flags.
func diffCatalogs(want, got *catalog.Catalog) []string {
	var out []string
	add := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }
	tableKey := func(tb *catalog.Table) string { return tb.Schema + "." + tb.Name }
	wantTables, gotTables := map[string]*catalog.Table{}, map[string]*catalog.Table{}
	for _, tb := range want.Tables {
		wantTables[tableKey(tb)] = tb
	}
	for _, tb := range got.Tables {
		gotTables[tableKey(tb)] = tb
		if wantTables[tableKey(tb)] == nil {
			add("extra table %s", tableKey(tb))
		}
	}
	for _, w := range want.Tables {
		g := gotTables[tableKey(w)]
		if g == nil {
			add("missing table %s", tableKey(w))
			continue
		}
		out = append(out, diffTables(w, g)...)
	}
	if a, b := describeEnums(want.Enums), describeEnums(got.Enums); a != b {
		add("enums: want %s, got %s", a, b)
	}
	if a, b := describeExtensions(want.Extensions), describeExtensions(got.Extensions); a != b {
		add("extensions: want %s, got %s", a, b)
	}
	return out
}

func diffTables(w, g *catalog.Table) []string {
	var out []string
	add := func(format string, args ...any) {
		out = append(out, fmt.Sprintf("table %s: ", w.Name)+fmt.Sprintf(format, args...))
	}
	for _, wc := range w.Columns {
		gc := g.Column(catalog.Postgres, wc.Name) // exact-name lookup
		if gc == nil {
			add("missing column %s", describeColumn(wc))
		} else if a, b := describeColumn(wc), describeColumn(gc); a != b {
			add("column:\n  want %s\n  got  %s", a, b)
		}
	}
	for _, gc := range g.Columns {
		if w.Column(catalog.Postgres, gc.Name) == nil {
			add("extra column %s", describeColumn(gc))
		}
	}
	if a, b := describePK(w.PrimaryKey), describePK(g.PrimaryKey); a != b {
		add("primary key: want %s, got %s", a, b)
	}
	if a, b := describeIndexes(w.Indexes), describeIndexes(g.Indexes); a != b {
		add("indexes:\n  want %s\n  got  %s", a, b)
	}
	if a, b := describeFKs(w.ForeignKeys), describeFKs(g.ForeignKeys); a != b {
		add("foreign keys:\n  want %s\n  got  %s", a, b)
	}
	return out
}

func columnList(tb *catalog.Table) string {
	var parts []string
	for _, c := range tb.Columns {
		parts = append(parts, describeColumn(c))
	}
	sort.Strings(parts) // Prisma does not care about column order
	return strings.Join(parts, "; ")
}

func describeColumn(c *catalog.Column) string {
	s := fmt.Sprintf("%s %s enum=%s/%s unsupported=%v", c.Name, c.Type, c.Type.EnumSchema, c.Type.Enum, c.Type.Unsupported)
	if c.NotNull {
		s += " NOT NULL"
	}
	// An empty dbgenerated() is a default Prisma renders no SQL for.
	if c.Default != nil && !(c.Default.Kind == catalog.DefaultExpr && c.Default.Value == "") {
		s += fmt.Sprintf(" DEFAULT[%s %s]", c.Default.Kind, c.Default.Value)
	}
	if c.AutoIncrement {
		s += " AUTOINCREMENT"
	}
	return s
}

func describeCols(cols []catalog.IndexColumn) string {
	var parts []string
	for _, c := range cols {
		parts = append(parts, strings.TrimSpace(fmt.Sprintf("%s %s %s %d", c.Name, c.Opclass, c.Sort, c.Length)))
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

func describePK(pk *catalog.PrimaryKey) string {
	if pk == nil {
		return "none"
	}
	return pk.Name + describeCols(pk.Columns)
}

func describeIndexes(ixs []*catalog.Index) string {
	var parts []string
	for _, ix := range ixs {
		parts = append(parts, fmt.Sprintf("%s unique=%v method=%s %s", ix.Name, ix.Unique, ix.Method, describeCols(ix.Columns)))
	}
	sort.Strings(parts)
	return strings.Join(parts, "; ")
}

func describeFKs(fks []*catalog.ForeignKey) string {
	var parts []string
	for _, fk := range fks {
		parts = append(parts, fmt.Sprintf("%s %v -> %s.%s%v delete=%s update=%s", fk.Name, fk.Columns, fk.RefSchema, fk.RefTable, fk.RefColumns, action(fk.OnDelete), action(fk.OnUpdate)))
	}
	sort.Strings(parts)
	return strings.Join(parts, "; ")
}

func describeEnums(es []*catalog.Enum) string {
	var parts []string
	for _, e := range es {
		parts = append(parts, fmt.Sprintf("%s.%s%v", e.Schema, e.Name, e.Values))
	}
	sort.Strings(parts)
	return strings.Join(parts, "; ")
}

func describeExtensions(es []*catalog.Extension) string {
	var parts []string
	for _, e := range es {
		parts = append(parts, fmt.Sprintf("%s schema=%s version=%s", e.Name, e.Schema, e.Version))
	}
	sort.Strings(parts)
	return strings.Join(parts, "; ")
}

// action spells a referential action; "" means NO ACTION (see catalog).
func action(a string) string {
	if a == "" {
		return catalog.NoAction
	}
	return a
}
