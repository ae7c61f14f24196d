package sqlddl

import (
	"strconv"
	"strings"
	"unicode/utf8"

	pg "github.com/pganalyze/pg_query_go/v6"

	"github.com/migsync/migsync/checkrun/catalog"
)

// pgNameMax is the longest identifier PostgreSQL keeps, in bytes
// (NAMEDATALEN - 1); longer names are truncated.
const pgNameMax = 63

// pgTruncateIdent truncates an identifier to pgNameMax bytes without splitting
// a UTF-8 character, as PostgreSQL does.
func pgTruncateIdent(s string) string {
	if len(s) <= pgNameMax {
		return s
	}
	cut := pgNameMax
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut]
}

// pgStrVal returns the string of a String node ("" for any other node).
func pgStrVal(n *pg.Node) string {
	if s := n.GetString_(); s != nil {
		return s.Sval
	}
	return ""
}

// pgStrList returns the strings of a list of String nodes.
func pgStrList(ns []*pg.Node) []string {
	out := make([]string, 0, len(ns))
	for _, n := range ns {
		out = append(out, pgTruncateIdent(pgStrVal(n)))
	}
	return out
}

// pgQualName is a possibly schema-qualified object name.
type pgQualName struct {
	Schema string // "" when not qualified
	Name   string
}

// String spells the name as SQL, quoted.
func (q pgQualName) String() string {
	if q.Schema == "" {
		return catalog.QuoteIdent(q.Name)
	}
	return catalog.QuoteIdent(q.Schema) + "." + catalog.QuoteIdent(q.Name)
}

// pgQualFromList turns a name list (["schema", "name"] or ["name"]; a leading
// database name is dropped) into a pgQualName.
func pgQualFromList(names []string) pgQualName {
	switch len(names) {
	case 0:
		return pgQualName{}
	case 1:
		return pgQualName{Name: names[0]}
	}
	return pgQualName{Schema: names[len(names)-2], Name: names[len(names)-1]}
}

// pgQualFromNode reads an object name from a List node or a String node.
func pgQualFromNode(n *pg.Node) pgQualName {
	if l := n.GetList(); l != nil {
		return pgQualFromList(pgStrList(l.Items))
	}
	if tn := n.GetTypeName(); tn != nil {
		return pgQualFromList(pgStrList(tn.Names))
	}
	return pgQualName{Name: pgTruncateIdent(pgStrVal(n))}
}

// pgRangeVarName reads a table reference.
func pgRangeVarName(rv *pg.RangeVar) pgQualName {
	if rv == nil {
		return pgQualName{}
	}
	return pgQualName{Schema: pgTruncateIdent(rv.Schemaname), Name: pgTruncateIdent(rv.Relname)}
}

// schemaKey is the catalogue's spelling of a schema: "" for the default one.
func (r *pgReplay) schemaKey(s string) string {
	if s == r.cat.DefaultSchema {
		return ""
	}
	return s
}

// pgMakeObjectName builds an implicit object name like PostgreSQL's
// pgMakeObjectName: name1_name2_label, chopping the longer of name1 and name2
// until the result fits in pgNameMax bytes.
func pgMakeObjectName(name1, name2, label string) string {
	overhead := 0
	if name2 != "" {
		overhead++
	}
	if label != "" {
		overhead += len(label) + 1
	}
	avail := pgNameMax - overhead
	n1, n2 := len(name1), len(name2)
	for n1+n2 > avail {
		if n1 > n2 {
			n1--
		} else {
			n2--
		}
	}
	n1 = pgClipBytes(name1, n1)
	n2 = pgClipBytes(name2, n2)
	out := name1[:n1]
	if name2 != "" {
		out += "_" + name2[:n2]
	}
	if label != "" {
		out += "_" + label
	}
	return out
}

// pgClipBytes is the longest prefix length <= n of s that ends on a character
// boundary.
func pgClipBytes(s string, n int) int {
	if n >= len(s) {
		return len(s)
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return n
}

// pgChooseName picks an unused implicit name like PostgreSQL's
// ChooseRelationName / ChooseConstraintName: name1_name2_label, then
// name1_name2_label1, label2, … while taken reports the name is in use.
func pgChooseName(name1, name2, label string, taken func(string) bool) string {
	name := pgMakeObjectName(name1, name2, label)
	for i := 1; taken(name) && i < 10000; i++ {
		name = pgMakeObjectName(name1, name2, label+strconv.Itoa(i))
	}
	return name
}

// relationTaken reports whether a relation (table, index, key, sequence or
// view) named name exists in schema: PostgreSQL keeps them in one namespace.
func (r *pgReplay) relationTaken(schema, name string) bool {
	c := r.cat
	if c.Table(schema, name) != nil {
		return true
	}
	for _, t := range c.Tables {
		if !pgSameSchema(c, t.Schema, schema) {
			continue
		}
		if t.PrimaryKey != nil && t.PrimaryKey.Name == name {
			return true
		}
		if t.Index(c.Dialect, name) != nil {
			return true
		}
	}
	for _, s := range c.Sequences {
		if s.Name == name && pgSameSchema(c, s.Schema, schema) {
			return true
		}
	}
	for _, v := range c.Views {
		if v.Name == name && pgSameSchema(c, v.Schema, schema) {
			return true
		}
	}
	return false
}

// constraintTaken reports whether a constraint named name exists on a table
// of schema (PostgreSQL's ChooseConstraintName checks the whole schema).
func (r *pgReplay) constraintTaken(schema, name string) bool {
	c := r.cat
	for _, t := range c.Tables {
		if !pgSameSchema(c, t.Schema, schema) {
			continue
		}
		if t.PrimaryKey != nil && t.PrimaryKey.Name == name {
			return true
		}
		for _, ix := range t.Indexes {
			if ix.Constraint && ix.Name == name {
				return true
			}
		}
		for _, fk := range t.ForeignKeys {
			if fk.Name == name {
				return true
			}
		}
		for _, ck := range t.Checks {
			if ck.Name == name {
				return true
			}
		}
	}
	return false
}

// pgSameSchema compares two schema names, empty meaning the default schema.
func pgSameSchema(c *catalog.Catalog, a, b string) bool {
	if a == "" {
		a = c.DefaultSchema
	}
	if b == "" {
		b = c.DefaultSchema
	}
	return a == b
}

// pgJoinNames joins names with "_" as PostgreSQL's ChooseIndexNameAddition
// does, stopping once the result is already too long to matter.
func pgJoinNames(names []string) string {
	var b strings.Builder
	for i, n := range names {
		if i > 0 {
			b.WriteByte('_')
		}
		b.WriteString(n)
		if b.Len() >= pgNameMax {
			break
		}
	}
	return b.String()
}

// pgEnumWords turns a pg_query enum name into words for messages:
// AT_AttachPartition → "ATTACH PARTITION", OBJECT_FOREIGN_TABLE → "foreign
// table", CONSTR_EXCLUSION → "EXCLUSION".
func pgEnumWords(name string) string {
	for _, p := range []string{"AT_", "OBJECT_", "CONSTR_"} {
		if rest, ok := strings.CutPrefix(name, p); ok {
			if p == "OBJECT_" {
				return strings.ToLower(strings.ReplaceAll(rest, "_", " "))
			}
			name = rest
			break
		}
	}
	var b strings.Builder
	for i, c := range name {
		if i > 0 && c >= 'A' && c <= 'Z' && name[i-1] >= 'a' && name[i-1] <= 'z' {
			b.WriteByte(' ')
		}
		b.WriteRune(c)
	}
	return strings.ToUpper(strings.ReplaceAll(b.String(), "_", " "))
}
