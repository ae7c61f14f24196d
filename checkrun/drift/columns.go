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
