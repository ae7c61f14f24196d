package drift

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/migsync/migsync/checkrun/catalog"
)

// A small builder for hand-made catalogues: the tests describe what the
// lowering (want) and the replay (have) produce, without those packages.

type colOpt func(*catalog.Column)

var (
	nn   colOpt = func(c *catalog.Column) { c.NotNull = true }
	arr  colOpt = func(c *catalog.Column) { c.Type.Array = true }
	now  colOpt = func(c *catalog.Column) { c.Default = &catalog.Default{Kind: catalog.DefaultNow} }
	seq  colOpt = func(c *catalog.Column) { c.Default = &catalog.Default{Kind: catalog.DefaultSequence} }
	auto colOpt = func(c *catalog.Column) { c.AutoIncrement = true }
)

func dv(v string) colOpt {
	return func(c *catalog.Column) { c.Default = &catalog.Default{Kind: catalog.DefaultValue, Value: v} }
}

func dexpr(v string) colOpt {
	return func(c *catalog.Column) { c.Default = &catalog.Default{Kind: catalog.DefaultExpr, Value: v} }
}

func seqNamed(name string) colOpt {
	return func(c *catalog.Column) { c.Default = &catalog.Default{Kind: catalog.DefaultSequence, Value: name} }
}

func enumOf(name string) colOpt {
	return func(c *catalog.Column) { c.Type.Enum = name; c.Type.Name = `"` + name + `"` }
}

type tb struct{ t *catalog.Table }

func T(name string) *tb { return &tb{&catalog.Table{Name: name}} }

func (b *tb) C(name, typ string, opts ...colOpt) *tb {
	c := &catalog.Column{Name: name, Type: catalog.Type{Name: typ}}
	for _, o := range opts {
		o(c)
	}
	b.t.Columns = append(b.t.Columns, c)
	return b
}

func (b *tb) PK(name string, cols ...string) *tb {
	b.t.PrimaryKey = &catalog.PrimaryKey{Name: name, Columns: icols(cols...)}
	return b
}

func (b *tb) Idx(name string, unique bool, cols ...catalog.IndexColumn) *tb {
	b.t.Indexes = append(b.t.Indexes, &catalog.Index{Name: name, Unique: unique, Columns: cols})
	return b
}

func (b *tb) IdxUsing(name, method string, cols ...catalog.IndexColumn) *tb {
	b.t.Indexes = append(b.t.Indexes, &catalog.Index{Name: name, Method: method, Columns: cols})
	return b
}

func (b *tb) FK(name string, cols []string, ref string, refCols []string, onDelete, onUpdate string) *tb {
	b.t.ForeignKeys = append(b.t.ForeignKeys, &catalog.ForeignKey{Name: name, Columns: cols, RefTable: ref,
		RefColumns: refCols, OnDelete: onDelete, OnUpdate: onUpdate})
	return b
}

func icols(names ...string) []catalog.IndexColumn {
	out := make([]catalog.IndexColumn, len(names))
	for i, n := range names {
		out[i] = catalog.IndexColumn{Name: n}
	}
	return out
}

func ic(name string) catalog.IndexColumn { return catalog.IndexColumn{Name: name} }

func icDesc(name string) catalog.IndexColumn { return catalog.IndexColumn{Name: name, Sort: "DESC"} }

func icOps(name, ops string) catalog.IndexColumn {
	return catalog.IndexColumn{Name: name, Opclass: ops}
}

func cat(d catalog.Dialect, tables ...*tb) *catalog.Catalog {
	c := catalog.New(d)
	for _, t := range tables {
		c.Tables = append(c.Tables, t.t)
	}
	return c
}

func withEnums(c *catalog.Catalog, enums ...*catalog.Enum) *catalog.Catalog {
	c.Enums = append(c.Enums, enums...)
	return c
}

func enum(name string, values ...string) *catalog.Enum {
	return &catalog.Enum{Name: name, Values: values}
}

// golden reads a case's expected.sql (Prisma's answer, from the oracle).
func golden(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "cases", name, "expected.sql"))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// fieldUnique marks a unique index as a field-level @unique: the index and
// its column share the field's schema line (as the lowering positions them).
func fieldUnique(c *catalog.Catalog, table, column, index string, line int) *catalog.Catalog {
	t := c.Table("", table)
	pos := catalog.Pos{File: "schema.prisma", Line: line}
	t.Column(c.Dialect, column).Pos = pos
	t.Index(c.Dialect, index).Pos = pos
	return c
}
