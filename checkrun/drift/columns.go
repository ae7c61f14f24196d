package drift

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/migsync/migsync/checkrun/catalog"
)

// arity is Prisma's column arity.
type arity int

const (
	arityNullable arity = iota
	arityRequired
	arityList
)

func (df *differ) arity(c *catalog.Column) arity {
	switch {
	case c.Type.Array:
		return arityList
	case c.NotNull:
		return arityRequired
	}
	return arityNullable
}

func arityWord(c *catalog.Column) string {
	switch {
	case c.Type.Array:
		return "a list"
	case c.NotNull:
		return "required (NOT NULL)"
	}
	return "nullable"
}

// autoincrement reports whether a column is autoincrementing (the
// dialect's autoincrement).
func (df *differ) autoincrement(c *catalog.Column) bool { return df.dia.autoincrement(c) }

// changes is Prisma's ColumnChanges for a column pair.
type changes struct {
	bits        colChange
	notCastable bool
}

// columnChanges compares a want column with the have column of the same
// name (Prisma's column differ: arity, type, default, autoincrement).
func (df *differ) columnChanges(w, h *catalog.Column) changes {
	var ch changes
	if df.arity(w) != df.arity(h) {
		ch.bits |= colArity
	}
	if changed, notCastable := df.dia.columnTypeChange(w.Type, h.Type); changed {
		ch.bits |= colType
		ch.notCastable = notCastable
	}
	if !df.defaultsMatch(w, h) {
		ch.bits |= colDefault
	}
	if df.dia.autoincrementChanged(w, h) {
		ch.bits |= colAutoincrement
	}
	return ch
}

// pgTypeChange reports whether a PostgreSQL column type changes and whether
// the change is one PostgreSQL cannot cast (Prisma drops and re-adds the
// column).
func pgTypeChange(w, h catalog.Type) (changed, notCastable bool) {
	if w.Enum != "" || h.Enum != "" {
		if w.Enum != "" && h.Enum != "" && w.Enum == h.Enum && w.EnumSchema == h.EnumSchema && w.Array == h.Array {
			return false, false
		}
		if w.Enum != "" && h.Enum != "" && w.Enum == h.Enum && w.EnumSchema == h.EnumSchema {
			return true, true // list ↔ scalar of the same enum
		}
		return true, true
	}
	toScalar := h.Array && !w.Array
	toList := !h.Array && w.Array
	if toScalar {
		base, _ := splitType(w.Name)
		switch base {
		case "TEXT", "VARCHAR", "CHAR":
			return true, false
		}
		return true, true
	}
	if toList {
		return true, true
	}
	if strings.EqualFold(w.Name, h.Name) {
		return false, false
	}
	if w.Unsupported && h.Unsupported {
		// Prisma compares the previous type with itself here, so a change
		// between two unsupported types is never seen.
		return false, false
	}
	if w.Unsupported || h.Unsupported {
		return true, false // Prisma: a risky cast
	}
	return true, !pgCastable(h.Name, w.Name)
}

// splitType splits a canonical type name into its base and modifiers:
// "VARCHAR(200)" → "VARCHAR", [200].
func splitType(name string) (string, []int) {
	open := strings.IndexByte(name, '(')
	if open < 0 || !strings.HasSuffix(name, ")") {
		return strings.ToUpper(name), nil
	}
	var mods []int
	for _, p := range strings.Split(name[open+1:len(name)-1], ",") {
		n, err := strconv.Atoi(strings.TrimSpace(p))
		if err != nil {
			return strings.ToUpper(name), nil
		}
		mods = append(mods, n)
	}
	return strings.ToUpper(strings.TrimSpace(name[:open])), mods
}

// pgCastable follows Prisma's PostgreSQL cast table: false means Prisma
// considers the change not castable and drops and re-adds the column.
func pgCastable(from, to string) bool {
	fb, fm := splitType(from)
	tb, tm := splitType(to)
	tlen := -1 // unbounded
	if len(tm) > 0 {
		tlen = tm[0]
	}
	longer := func(n int) bool { return tlen < 0 || tlen > n }
	isString := tb == "TEXT" || tb == "VARCHAR" || tb == "CHAR"
	numeric := map[string]bool{"SMALLINT": true, "INTEGER": true, "BIGINT": true, "DECIMAL": true, "REAL": true, "DOUBLE PRECISION": true}
	temporal := func(n int) bool {
		return tb == "TEXT" || (tb == "VARCHAR" && tlen < 0) || ((tb == "CHAR" || tb == "VARCHAR") && tlen > n)
	}
	switch fb {
	case "INET":
		return tb == "CITEXT" || tb == "TEXT" || tb == "VARCHAR"
	case "MONEY", "CITEXT":
		return true
	case "OID":
		return tb == "TEXT" || tb == "VARCHAR" || tb == "BIGINT" || tb == "INTEGER"
	case "SMALLINT", "INTEGER", "BIGINT", "DECIMAL", "REAL", "DOUBLE PRECISION":
		return numeric[tb] || isString
	case "VARCHAR", "CHAR":
		return isString
	case "TEXT":
		return isString || tb == "CITEXT"
	case "BYTEA":
		return tb == "TEXT" || (tb == "VARCHAR" && tlen < 0) || ((tb == "VARCHAR" || tb == "CHAR") && tlen > 2)
	case "TIMESTAMP":
		return temporal(22) || tb == "TIMESTAMP" || tb == "TIMESTAMPTZ" || tb == "DATE" || tb == "TIME" || tb == "TIMETZ"
	case "TIMESTAMPTZ":
		return temporal(27) || tb == "TIMESTAMP" || tb == "TIMESTAMPTZ" || tb == "DATE" || tb == "TIME" || tb == "TIMETZ"
	case "DATE":
		return temporal(27) || tb == "TIMESTAMP" || tb == "TIMESTAMPTZ"
	case "TIME":
		return temporal(13) || tb == "TIME" || tb == "TIMETZ"
	case "TIMETZ":
		return temporal(18) || tb == "TIME" || tb == "TIMETZ"
	case "BOOLEAN":
		return tb == "TEXT" || tb == "VARCHAR" || (tb == "CHAR" && tlen > 3)
	case "BIT":
		n := 1
		if len(fm) > 0 {
			n = fm[0]
		}
		return tb == "TEXT" || ((tb == "VARCHAR" || tb == "VARBIT") && (tlen < 0 || tlen >= n)) || (tb == "CHAR" && tlen >= n)
	case "VARBIT":
		if len(fm) == 0 {
			return isString || tb == "BIT"
		}
		n := fm[0]
		return tb == "TEXT" || tb == "VARCHAR" || tb == "CHAR" || (tb == "VARBIT" && longer(n)) || (tb == "BIT" && tlen <= n)
	case "UUID":
		return tb == "TEXT" || (tb == "VARCHAR" && tlen < 0) || ((tb == "VARCHAR" || tb == "CHAR") && tlen > 31)
	case "XML":
		return isString
	case "JSON":
		return isString || tb == "JSONB"
	case "JSONB":
		return isString || tb == "JSON"
	}
	return false
}

// sqliteFamily maps a SQLite declared type to the Prisma type family its
// describer assigns.
func sqliteFamily(name string) string {
	base, _ := splitType(name)
	switch base {
	case "INT", "INTEGER", "TINYINT", "SMALLINT", "MEDIUMINT":
		return "int"
	case "BIGINT", "UNSIGNED BIG INT", "INT8":
		return "bigint"
	case "REAL", "DOUBLE", "DOUBLE PRECISION", "FLOAT":
		return "float"
	case "DECIMAL", "NUMERIC":
		return "decimal"
	case "BOOLEAN", "BOOL":
		return "boolean"
	case "DATE", "DATETIME", "TIMESTAMP":
		return "datetime"
	case "BLOB":
		return "binary"
	case "JSONB":
		return "json"
	case "TEXT", "VARCHAR", "CHAR", "CHARACTER", "VARYING CHARACTER", "NCHAR", "NATIVE CHARACTER", "NVARCHAR", "CLOB", "STRING":
		return "string"
	}
	return "unsupported:" + base
}

func isDatetime(t catalog.Type) bool {
	base, _ := splitType(t.Name)
	switch base {
	case "TIMESTAMP", "TIMESTAMPTZ", "DATE", "TIME", "TIMETZ", "DATETIME":
		return true
	}
	return false
}

func isJSON(t catalog.Type) bool {
	base, _ := splitType(t.Name)
	return base == "JSON" || base == "JSONB"
}

// defaultsMatch is Prisma's defaults_match, previous = have, next = want.
func (df *differ) defaultsMatch(w, h *catalog.Column) bool {
	if !df.dia.comparesJSONDefaults() && (isJSON(w.Type) || isJSON(h.Type)) {
		return true
	}
	// A dbgenerated("…") expression compares as the default a migration
	// writing it gets (its Equivalent), not as text.
	prev, next := h.Default.Comparable(), w.Default.Comparable()
	switch {
	case prev == nil && next == nil:
		return true
	case next != nil && next.Kind == catalog.DefaultSequence:
		return true
	case prev != nil && prev.Kind == catalog.DefaultSequence && next == nil:
		return true
	case next != nil && next.Kind == catalog.DefaultExpr && next.Value == "":
		return true // dbgenerated() without an expression: anything goes
	case prev == nil || next == nil:
		return false
	}
	dt := isDatetime(w.Type) || isDatetime(h.Type)
	switch {
	case prev.Kind == catalog.DefaultValue && next.Kind == catalog.DefaultValue:
		if dt {
			return true // Prisma cannot compare datetime literals
		}
		if isJSON(w.Type) || isJSON(h.Type) {
			return jsonEqual(prev.Value, next.Value)
		}
		return literalsEqual(prev.Value, next.Value)
	case dt && (prev.Kind == catalog.DefaultValue || next.Kind == catalog.DefaultValue):
		return true
	case prev.Kind == catalog.DefaultNow && next.Kind == catalog.DefaultNow:
		return true
	case prev.Kind == catalog.DefaultExpr && next.Kind == catalog.DefaultExpr:
		// Both in the parser's canonical form; Prisma ignores case.
		return strings.EqualFold(prev.Value, next.Value)
	}
	return false
}

// literalsEqual compares canonical default literals; numbers by value. A
// PostgreSQL array literal compares by its elements: its ::TYPE[] cast is
// the column's type, spelled as Prisma writes it on one side (BIT[],
// "schema"."Enum"[]) and canonically on the other (BIT(1)[], "Enum"[]).
func literalsEqual(a, b string) bool {
	if a == b {
		return true
	}
	if ea, ok := arrayElements(a); ok {
		if eb, ok := arrayElements(b); ok {
			return ea == eb
		}
	}
	fa, ea := strconv.ParseFloat(a, 64)
	fb, eb := strconv.ParseFloat(b, 64)
	return ea == nil && eb == nil && fa == fb
}

// arrayElements is "ARRAY[…]" of an "ARRAY[…]::TYPE[]" literal.
func arrayElements(s string) (string, bool) {
	if !strings.HasPrefix(s, "ARRAY[") || !strings.HasSuffix(s, "[]") {
		return "", false
	}
	i := strings.LastIndex(s, "]::")
	if i < 0 {
		return "", false
	}
	return s[:i+1], true
}

// jsonEqual compares two JSON default literals ('…' quoted) by value; when
// either does not parse, Prisma considers them equal.
func jsonEqual(a, b string) bool {
	var va, vb any
	if json.Unmarshal([]byte(unquoteSQL(a)), &va) != nil || json.Unmarshal([]byte(unquoteSQL(b)), &vb) != nil {
		return true
	}
	ja, _ := json.Marshal(va)
	jb, _ := json.Marshal(vb)
	return string(ja) == string(jb)
}

func unquoteSQL(s string) string {
	if len(s) >= 2 && s[0] == '\'' && s[len(s)-1] == '\'' {
		return strings.ReplaceAll(s[1:len(s)-1], "''", "'")
	}
	return s
}

// indexesMatch is Prisma's indexes_match: same key parts (column, sort
// order, prefix length), same uniqueness, and on PostgreSQL the same access
// method and operator classes. Names do not matter.
func (df *differ) indexesMatch(h, w *catalog.Index) bool {
	hc, wc := keyParts(h), keyParts(w)
	if len(hc) != len(wc) || h.Unique != w.Unique {
		return false
	}
	for i := range hc {
		a, b := hc[i], wc[i]
		if a.Name != b.Name || a.Length != b.Length || !sameSort(a.Sort, b.Sort) {
			return false
		}
		if df.dia.opclasses() && (!opclassesMatch(a.Opclass, b.Opclass) || btreeOpclass(w, b)) {
			return false
		}
	}
	return method(h.Method) == method(w.Method)
}

// keyParts lists an index's columns as Prisma's describer sees them: the
// key columns, then the INCLUDE columns.
func keyParts(ix *catalog.Index) []catalog.IndexColumn {
	if len(ix.Include) == 0 {
		return ix.Columns
	}
	out := append([]catalog.IndexColumn(nil), ix.Columns...)
	for _, c := range ix.Include {
		out = append(out, catalog.IndexColumn{Name: c})
	}
	return out
}

func method(m string) string {
	if m == "" {
		return "BTREE"
	}
	return strings.ToUpper(m)
}

// defaultOpclasses are PostgreSQL's default operator classes for the types
// Prisma maps; a default class written out equals no class at all.
var defaultOpclasses = map[string]bool{
	"int2_ops": true, "int4_ops": true, "int8_ops": true, "text_ops": true, "bpchar_ops": true,
	"numeric_ops": true, "float4_ops": true, "float8_ops": true, "bool_ops": true, "date_ops": true,
	"timestamp_ops": true, "timestamptz_ops": true, "time_ops": true, "timetz_ops": true,
	"uuid_ops": true, "bytea_ops": true, "inet_ops": true, "jsonb_ops": true, "array_ops": true,
	"bit_ops": true, "varbit_ops": true, "money_ops": true, "oid_ops": true, "citext_ops": true,
}

// btreeOpclass reports whether a schema index is a B-tree index with an
// operator class (always written with raw(): the named classes are for GiST,
// GIN, SP-GiST and BRIN). Prisma never matches those with the database's
// index, so it drops and re-creates them on every diff (prisma/prisma#17518),
// while raw() classes of the other methods match (checked with the oracle).
func btreeOpclass(w *catalog.Index, c catalog.IndexColumn) bool {
	return c.Opclass != "" && method(w.Method) == "BTREE"
}

func opclassesMatch(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	return a == b || (a == "" && defaultOpclasses[b]) || (b == "" && defaultOpclasses[a])
}

// Human renderings for messages.

func typeString(c *catalog.Column) string {
	if c.Type.Enum != "" {
		s := "enum " + c.Type.Enum
		if c.Type.Array {
			s += "[]"
		}
		return s
	}
	return c.Type.String()
}

func defaultString(d *catalog.Default) string {
	if d == nil {
		return "none"
	}
	switch d.Kind {
	case catalog.DefaultNow:
		return "CURRENT_TIMESTAMP"
	case catalog.DefaultSequence:
		return "autoincrement"
	}
	return d.Value
}

// defaultText is a column's default as a message names it: as the dialect
// spells it where that differs from defaultString.
func (df *differ) defaultText(c *catalog.Column) string { return df.dia.defaultText(c) }

// defaultKind names what a default is to Prisma's comparison.
func defaultKind(d *catalog.Default) string {
	switch d.Kind {
	case catalog.DefaultNow:
		return "now()"
	case catalog.DefaultSequence:
		return "a sequence"
	case catalog.DefaultExpr:
		return "an expression"
	}
	return "a value"
}

var spaces = regexp.MustCompile(`\s+`)

func indexString(ix *catalog.Index) string {
	parts := make([]string, len(ix.Columns))
	for i, c := range ix.Columns {
		s := c.Name
		if !c.Expression {
			s = quoteName(c.Name)
		}
		if c.Length > 0 {
			s += fmt.Sprintf("(%d)", c.Length)
		}
		if c.Opclass != "" {
			s += " " + c.Opclass
		}
		if strings.EqualFold(c.Sort, "DESC") {
			s += " DESC"
		}
		parts[i] = s
	}
	out := ""
	if ix.Unique {
		out = "UNIQUE "
	}
	if m := method(ix.Method); m != "BTREE" {
		out += "USING " + m + " "
	}
	out += "(" + strings.Join(parts, ", ") + ")"
	if len(ix.Include) > 0 {
		out += " INCLUDE (" + joinQuoted(quoteName, ix.Include, ", ") + ")"
	}
	if ix.Where != "" {
		out += " WHERE " + spaces.ReplaceAllString(ix.Where, " ")
	}
	return out
}

func fkString(t *catalog.Table, fk *catalog.ForeignKey) string {
	q := func(cols []string) string {
		out := make([]string, len(cols))
		for i, c := range cols {
			out[i] = quoteName(c)
		}
		return strings.Join(out, ", ")
	}
	return fmt.Sprintf("%s(%s) → %s(%s) ON DELETE %s ON UPDATE %s", quoteName(t.Name), q(fk.Columns),
		quoteName(fk.RefTable), q(fk.RefColumns), action(fk.OnDelete), action(fk.OnUpdate))
}
