// Package catalog is the engine's picture of a database schema: the shape that
// Prisma Migrate would create from a schema (checkrun/prisma lowers to it), the
// shape that replaying migration SQL builds (checkrun/sqlddl), and the shape a
// live database has (db-check introspection). checkrun/drift compares two of
// them.
//
// Everything in a Catalog is canonical, so that two catalogues describing the
// same database compare equal field by field (ignoring Pos):
//
//   - names are stored exactly as the database keeps them (PostgreSQL folds
//     unquoted identifiers to lower case, the producers do that folding);
//     lookups use Catalog.Key, which is exact for PostgreSQL and
//     case-insensitive for MySQL and SQLite;
//   - types are canonical per dialect (see types.go): the spelling Prisma
//     Migrate renders, upper case, with the database's implicit modifiers made
//     explicit (PostgreSQL TIMESTAMP is TIMESTAMP(6), SERIAL is INTEGER with a
//     sequence default);
//   - defaults are classified like Prisma's introspection does (see Default);
//   - a UNIQUE constraint and a unique index are both an Index with
//     Unique=true (Prisma treats them alike); the primary key is separate.
package catalog

import (
	"fmt"
	"sort"
	"strings"
)

// Dialect is the SQL family of a Prisma provider.
type Dialect string

const (
	Postgres Dialect = "postgresql" // also cockroachdb-like "postgres" alias
	MySQL    Dialect = "mysql"
	SQLite   Dialect = "sqlite"
)

// Provider is a Prisma datasource provider migsync knows.
type Provider struct {
	// Name is Prisma's spelling; an alias ("postgres") looks up as the
	// provider it stands for.
	Name string
	// Dialect is the SQL dialect migsync checks it as; "" for providers it
	// recognises but does not check (their projects are skipped with a
	// notice).
	Dialect Dialect
}

// providers is the one list of providers, by every accepted spelling (lower
// case), in the order messages name them. CockroachDB is checked as
// PostgreSQL, with a warning (its own type spellings are not modelled).
var providers = []struct {
	spelling string
	Provider
}{
	{"postgresql", Provider{"postgresql", Postgres}},
	{"postgres", Provider{"postgresql", Postgres}}, // migration_lock.toml's and old schemas' alias
	{"cockroachdb", Provider{"cockroachdb", Postgres}},
	{"mysql", Provider{"mysql", MySQL}},
	{"sqlite", Provider{"sqlite", SQLite}},
	{"sqlserver", Provider{"sqlserver", ""}},
	{"mongodb", Provider{"mongodb", ""}},
}

// LookupProvider finds a provider by its spelling in a schema or in
// migration_lock.toml (case and surrounding spaces ignored). ok is false for
// a provider Prisma does not have, or migsync does not know.
func LookupProvider(spelling string) (p Provider, ok bool) {
	s := strings.ToLower(strings.TrimSpace(spelling))
	for _, e := range providers {
		if e.spelling == s {
			return e.Provider, true
		}
	}
	return Provider{}, false
}

// CheckedProviders names the providers migsync checks, without aliases, for
// messages ("postgresql, cockroachdb, mysql, sqlite").
func CheckedProviders() []string {
	var out []string
	for _, e := range providers {
		if e.Dialect != "" && e.spelling == e.Name {
			out = append(out, e.Name)
		}
	}
	return out
}

// DialectForProvider maps a Prisma datasource provider (or migration_lock.toml
// provider) to a dialect. The second result is false for providers migsync does
// not check (sqlserver, mongodb) or does not know.
func DialectForProvider(provider string) (Dialect, bool) {
	p, ok := LookupProvider(provider)
	return p.Dialect, ok && p.Dialect != ""
}

// Pos is a place in a source file: a schema line or a migration line. Line and
// EndLine are 1-based; zero means unknown.
type Pos struct {
	File    string `json:"file,omitempty"`
	Line    int    `json:"line,omitempty"`
	EndLine int    `json:"endLine,omitempty"`
}

// IsZero reports whether the position is unknown.
func (p Pos) IsZero() bool { return p.File == "" && p.Line == 0 }

func (p Pos) String() string {
	if p.File == "" {
		return ""
	}
	if p.Line == 0 {
		return p.File
	}
	return fmt.Sprintf("%s:%d", p.File, p.Line)
}

// Catalog is a whole database schema.
type Catalog struct {
	Dialect Dialect
	// DefaultSchema is "public" for PostgreSQL and empty elsewhere. Objects
	// whose Schema is empty live in it.
	DefaultSchema string
	Tables        []*Table
	Enums         []*Enum // PostgreSQL named enum types; MySQL enums live in column types
	Extensions    []*Extension
	Sequences     []*Sequence // standalone sequences (not those owned by SERIAL columns)
	Views         []*View     // views are never migrated by Prisma; kept for "extra" findings
	// Namespaces are the PostgreSQL schemas besides DefaultSchema known to
	// exist: created by CREATE SCHEMA in a replay, or read from a database
	// (the ones the Prisma schema uses). A schema holding an object exists
	// whether it is listed or not (see HasNamespace).
	Namespaces []string
}

// HasNamespace reports whether a schema exists in the catalogue: the
// default one, a listed namespace, or one that holds a table, enum,
// sequence or view.
func (c *Catalog) HasNamespace(schema string) bool {
	if c.sameSchema(schema, "") {
		return true
	}
	for _, n := range c.Namespaces {
		if c.sameSchema(n, schema) {
			return true
		}
	}
	for _, t := range c.Tables {
		if c.sameSchema(t.Schema, schema) {
			return true
		}
	}
	for _, e := range c.Enums {
		if c.sameSchema(e.Schema, schema) {
			return true
		}
	}
	for _, s := range c.Sequences {
		if c.sameSchema(s.Schema, schema) {
			return true
		}
	}
	for _, v := range c.Views {
		if c.sameSchema(v.Schema, schema) {
			return true
		}
	}
	return false
}

// AddNamespace records that a schema exists (once).
func (c *Catalog) AddNamespace(schema string) {
	for _, n := range c.Namespaces {
		if c.sameSchema(n, schema) {
			return
		}
	}
	if !c.sameSchema(schema, "") {
		c.Namespaces = append(c.Namespaces, schema)
	}
}

// DropNamespace forgets a listed schema.
func (c *Catalog) DropNamespace(schema string) {
	out := c.Namespaces[:0]
	for _, n := range c.Namespaces {
		if !c.sameSchema(n, schema) {
			out = append(out, n)
		}
	}
	c.Namespaces = out
}

// New returns an empty catalogue for a dialect.
func New(d Dialect) *Catalog {
	c := &Catalog{Dialect: d}
	if d == Postgres {
		c.DefaultSchema = "public"
	}
	return c
}

// Key is the lookup key of an identifier in this dialect: exact for
// PostgreSQL, lower case for MySQL and SQLite.
func (c *Catalog) Key(name string) string { return KeyFor(c.Dialect, name) }

// KeyFor is Catalog.Key without a catalogue.
func KeyFor(d Dialect, name string) string {
	if d == Postgres {
		return name
	}
	return strings.ToLower(name)
}

func (c *Catalog) schemaOf(s string) string {
	if s == "" {
		return c.DefaultSchema
	}
	return s
}

func (c *Catalog) sameSchema(a, b string) bool {
	return c.Key(c.schemaOf(a)) == c.Key(c.schemaOf(b))
}

// Table finds a table by schema (empty: default) and name, or nil.
func (c *Catalog) Table(schema, name string) *Table {
	k := c.Key(name)
	for _, t := range c.Tables {
		if c.Key(t.Name) == k && c.sameSchema(t.Schema, schema) {
			return t
		}
	}
	return nil
}

// AddTable appends a table and returns it.
func (c *Catalog) AddTable(t *Table) *Table { c.Tables = append(c.Tables, t); return t }

// DropTable removes a table; it reports whether one was removed.
func (c *Catalog) DropTable(schema, name string) bool {
	k := c.Key(name)
	for i, t := range c.Tables {
		if c.Key(t.Name) == k && c.sameSchema(t.Schema, schema) {
			c.Tables = append(c.Tables[:i], c.Tables[i+1:]...)
			return true
		}
	}
	return false
}

// Enum finds a named enum type, or nil.
func (c *Catalog) Enum(schema, name string) *Enum {
	k := c.Key(name)
	for _, e := range c.Enums {
		if c.Key(e.Name) == k && c.sameSchema(e.Schema, schema) {
			return e
		}
	}
	return nil
}

// DropEnum removes a named enum type; it reports whether one was removed.
func (c *Catalog) DropEnum(schema, name string) bool {
	k := c.Key(name)
	for i, e := range c.Enums {
		if c.Key(e.Name) == k && c.sameSchema(e.Schema, schema) {
			c.Enums = append(c.Enums[:i], c.Enums[i+1:]...)
			return true
		}
	}
	return false
}

// IndexByName finds an index or unique constraint by name in a schema, on any
// table (index names are schema-wide in PostgreSQL and SQLite). It returns the
// table too.
func (c *Catalog) IndexByName(schema, name string) (*Table, *Index) {
	k := c.Key(name)
	for _, t := range c.Tables {
		if !c.sameSchema(t.Schema, schema) {
			continue
		}
		for _, ix := range t.Indexes {
			if c.Key(ix.Name) == k {
				return t, ix
			}
		}
	}
	return nil, nil
}

// Sort orders tables, enums and each table's indexes and foreign keys by name
// so that output is deterministic. Column order is kept: it is meaningful.
func (c *Catalog) Sort() {
	sort.SliceStable(c.Tables, func(i, j int) bool {
		if c.Tables[i].Schema != c.Tables[j].Schema {
			return c.Tables[i].Schema < c.Tables[j].Schema
		}
		return c.Tables[i].Name < c.Tables[j].Name
	})
	sort.SliceStable(c.Enums, func(i, j int) bool { return c.Enums[i].Name < c.Enums[j].Name })
	for _, t := range c.Tables {
		sort.SliceStable(t.Indexes, func(i, j int) bool { return t.Indexes[i].Name < t.Indexes[j].Name })
		sort.SliceStable(t.ForeignKeys, func(i, j int) bool { return t.ForeignKeys[i].Name < t.ForeignKeys[j].Name })
	}
}

// Table is a table with its columns and constraints.
type Table struct {
	Schema      string // empty: the catalogue's default schema
	Name        string
	Columns     []*Column
	PrimaryKey  *PrimaryKey
	Indexes     []*Index // unique constraints, unique indexes and plain indexes
	ForeignKeys []*ForeignKey
	Checks      []*Check
	Triggers    []*Trigger
	Pos         Pos // schema: the model line; migration: the CREATE TABLE line
}

// Column finds a column by name (dialect-aware), or nil.
func (t *Table) Column(d Dialect, name string) *Column {
	k := KeyFor(d, name)
	for _, c := range t.Columns {
		if KeyFor(d, c.Name) == k {
			return c
		}
	}
	return nil
}

// DropColumn removes a column; it reports whether one was removed.
func (t *Table) DropColumn(d Dialect, name string) bool {
	k := KeyFor(d, name)
	for i, c := range t.Columns {
		if KeyFor(d, c.Name) == k {
			t.Columns = append(t.Columns[:i], t.Columns[i+1:]...)
			return true
		}
	}
	return false
}

// Index finds an index (or unique constraint) by name, or nil.
func (t *Table) Index(d Dialect, name string) *Index {
	k := KeyFor(d, name)
	for _, ix := range t.Indexes {
		if KeyFor(d, ix.Name) == k {
			return ix
		}
	}
	return nil
}

// DropIndex removes an index by name; it reports whether one was removed.
func (t *Table) DropIndex(d Dialect, name string) bool {
	k := KeyFor(d, name)
	for i, ix := range t.Indexes {
		if KeyFor(d, ix.Name) == k {
			t.Indexes = append(t.Indexes[:i], t.Indexes[i+1:]...)
			return true
		}
	}
	return false
}

// ForeignKey finds a foreign key by constraint name, or nil.
func (t *Table) ForeignKey(d Dialect, name string) *ForeignKey {
	k := KeyFor(d, name)
	for _, fk := range t.ForeignKeys {
		if KeyFor(d, fk.Name) == k {
			return fk
		}
	}
	return nil
}

// DropForeignKey removes a foreign key by name; it reports whether one was removed.
func (t *Table) DropForeignKey(d Dialect, name string) bool {
	k := KeyFor(d, name)
	for i, fk := range t.ForeignKeys {
		if KeyFor(d, fk.Name) == k {
			t.ForeignKeys = append(t.ForeignKeys[:i], t.ForeignKeys[i+1:]...)
			return true
		}
	}
	return false
}

// Column is a table column.
type Column struct {
	Name    string
	Type    Type
	NotNull bool
	Default *Default // nil: no default
	// AutoIncrement is MySQL AUTO_INCREMENT and SQLite INTEGER PRIMARY KEY
	// AUTOINCREMENT. PostgreSQL SERIAL is a Sequence default instead.
	AutoIncrement bool
	// Generated is a GENERATED ALWAYS AS (…) STORED expression, if any.
	Generated string
	Pos       Pos
}

// Type is a canonical column type (see types.go).
type Type struct {
	// Name is the canonical spelling without array brackets, e.g. "TEXT",
	// "INTEGER", "VARCHAR(255)", "DECIMAL(65,30)", "TIMESTAMP(3)". For a
	// PostgreSQL enum it is the enum's name as written in SQL, quoted
	// ("\"Role\""); for MySQL it is "ENUM('A','B')".
	Name string
	// Array is a PostgreSQL one-dimensional array of Name.
	Array bool
	// Enum is the enum type's name when the column's type is a user enum
	// (PostgreSQL: the named type; MySQL: the Prisma enum the column came from,
	// empty when replayed from SQL).
	Enum string
	// EnumSchema is the schema of a PostgreSQL enum type (empty: default).
	EnumSchema string
	// Unsupported is true when the type is outside Prisma's type system
	// (Prisma's Unsupported("…")); Name keeps the SQL spelling.
	Unsupported bool
	// Text, when set, is the type exactly as Prisma writes it in a
	// migration, where that differs from Name: a native type written
	// without its arguments (@db.Timestamp is TIMESTAMP, whose Name is
	// TIMESTAMP(6)), or an Unsupported("…") type as written. Only lowering
	// sets it; comparisons use Name.
	Text string
}

// Spelling is the type as a migration writes it: Text when set, else
// Name (without array brackets).
func (t Type) Spelling() string {
	if t.Text != "" {
		return t.Text
	}
	return t.Name
}

func (t Type) String() string {
	if t.Array {
		return t.Name + "[]"
	}
	return t.Name
}

// DefaultKind classifies a column default the way Prisma's introspection does.
type DefaultKind string

const (
	// DefaultValue is a constant: a string, number, boolean, enum value or
	// array of them. Value holds the canonical literal (see Default.Value).
	DefaultValue DefaultKind = "value"
	// DefaultNow is CURRENT_TIMESTAMP / now().
	DefaultNow DefaultKind = "now"
	// DefaultSequence is nextval(…) of a sequence: PostgreSQL SERIAL or
	// @default(autoincrement()) / sequence(). Value holds the sequence name
	// when known.
	DefaultSequence DefaultKind = "sequence"
	// DefaultExpr is any other expression (Prisma's dbgenerated). Value holds
	// the expression as written, whitespace-normalised.
	DefaultExpr DefaultKind = "expr"
)

// Default is a column default.
type Default struct {
	Kind DefaultKind
	// Value, for DefaultValue: the literal rendered as Prisma renders it in a
	// migration for this dialect, without a type cast: 'text' (single
	// quotes, doubled inside), 42, 1.5, true/false (PostgreSQL; SQLite and
	// MySQL use true/false too), 'ENUM_VALUE', ARRAY['a', 'b']::TEXT[] for
	// PostgreSQL arrays, '{}' style literal for empty ones as written.
	// For DefaultExpr: the expression. For DefaultSequence: the sequence name.
	Value string
	// Name is the default constraint's name where the dialect has one (rare).
	Name string
	// Equivalent, for a DefaultExpr kept as written (a schema's
	// dbgenerated("…"), which Prisma renders verbatim), is that expression
	// classified the way the replay classifies a migration's DEFAULT: a
	// value, now(), a sequence or an expression in the parser's canonical
	// form. Comparisons use it, so that dbgenerated("(1 + 2)") is a
	// migration's DEFAULT 1 + 2 and dbgenerated("CURRENT_TIMESTAMP") its
	// DEFAULT CURRENT_TIMESTAMP. Nil: the default is canonical already.
	Equivalent *Default
	Pos        Pos
}

// Comparable is the default as comparisons see it: its Equivalent when set.
func (d *Default) Comparable() *Default {
	if d != nil && d.Equivalent != nil {
		return d.Equivalent
	}
	return d
}

// PrimaryKey is a table's primary key.
type PrimaryKey struct {
	Name    string // constraint name; "" where the dialect has none (SQLite, MySQL's PRIMARY)
	Columns []IndexColumn
	Pos     Pos
}

// ColumnNames lists the key's column names.
func (p *PrimaryKey) ColumnNames() []string { return columnNames(p.Columns) }

// Index is a plain or unique index, or a unique constraint.
type Index struct {
	Name    string
	Unique  bool
	Columns []IndexColumn
	// Method is the PostgreSQL access method in upper case ("BTREE", "HASH",
	// "GIN", "GIST", "SPGIST", "BRIN"); empty means the default (BTREE).
	// MySQL FULLTEXT indexes use "FULLTEXT".
	Method string
	// Where is a partial index predicate (PostgreSQL/SQLite), as written.
	Where string
	// Include lists the non-key columns of a PostgreSQL covering index
	// (INCLUDE (…)). Prisma's describer sees them as trailing key parts, so
	// such an index never matches a schema @@index without them.
	Include []string
	// Constraint is true for a UNIQUE constraint (ALTER TABLE … ADD
	// CONSTRAINT … UNIQUE), false for CREATE [UNIQUE] INDEX. Prisma does not
	// distinguish them; drift ignores this field.
	Constraint bool
	Pos        Pos
}

// ColumnNames lists the index's column names (expressions are included as written).
func (ix *Index) ColumnNames() []string { return columnNames(ix.Columns) }

// IndexColumn is one key part of an index or primary key.
type IndexColumn struct {
	Name string // the column name; for an expression key part, the expression
	// Expression is true when Name is an expression rather than a column.
	Expression bool
	Sort       string // "" (ascending, the default), "DESC", or "ASC" when written explicitly (Prisma renders it)
	Length     int    // MySQL prefix length; 0: whole value
	Opclass    string // PostgreSQL operator class as written, e.g. "text_pattern_ops"; "" default
}

func columnNames(cols []IndexColumn) []string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = c.Name
	}
	return out
}

// Referential actions, as Prisma renders them.
const (
	Cascade    = "CASCADE"
	Restrict   = "RESTRICT"
	NoAction   = "NO ACTION"
	SetNull    = "SET NULL"
	SetDefault = "SET DEFAULT"
)

// ForeignKey is a foreign key constraint.
type ForeignKey struct {
	Name       string // constraint name; SQLite inline keys may have none
	Columns    []string
	RefSchema  string // empty: default schema
	RefTable   string
	RefColumns []string
	OnDelete   string // one of the referential action constants; "" means NO ACTION
	OnUpdate   string // as above
	Pos        Pos
}

// Check is a CHECK constraint (Prisma never creates these; they are extras).
type Check struct {
	Name string
	Expr string
	Pos  Pos
}

// Trigger is a trigger on a table (Prisma never creates these; they are extras).
type Trigger struct {
	Name string
	Pos  Pos
}

// Enum is a PostgreSQL named enum type.
type Enum struct {
	Schema string
	Name   string
	Values []string
	Pos    Pos
	// ValuePos, when set, is parallel to Values: where each value is
	// declared (schema: the value's line; migration: the statement that
	// added it). Drift positions enum value differences with it.
	ValuePos []Pos
}

// ValuePosition is where value is declared, or the enum's position when
// unknown.
func (e *Enum) ValuePosition(value string) Pos {
	for i, v := range e.Values {
		if v == value && i < len(e.ValuePos) && !e.ValuePos[i].IsZero() {
			return e.ValuePos[i]
		}
	}
	return e.Pos
}

// Extension is a PostgreSQL extension (CREATE EXTENSION).
type Extension struct {
	Name    string
	Schema  string
	Version string
	Pos     Pos
}

// Sequence is a standalone sequence.
type Sequence struct {
	Schema string
	Name   string
	Pos    Pos
}

// View is a view (Prisma does not migrate views).
type View struct {
	Schema string
	Name   string
	Pos    Pos
}
