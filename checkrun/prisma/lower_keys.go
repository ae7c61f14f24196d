package prisma

import (
	"strconv"
	"strings"

	"github.com/migsync/migsync/checkrun/catalog"
)

// indexFieldRef is one entry of an index field list: `a` or
// `a(sort: Desc, length: 10, ops: JsonbPathOps)`.
type indexFieldRef struct {
	name string
	args []*Arg
	span Span
}

// fieldsArg is the field list of a block attribute: `fields:` or the first
// positional argument.
func fieldsArg(a *Attribute) Expr {
	if arg := a.Arg("fields"); arg != nil {
		return arg.Value
	}
	if arg := a.Positional(0); arg != nil {
		return arg.Value
	}
	return nil
}

// indexFieldRefs reads a field list; entries that are neither names nor
// calls are skipped (the caller reports an empty list).
func indexFieldRefs(e Expr) []indexFieldRef {
	arr, ok := e.(*Array)
	if !ok {
		if e == nil {
			return nil
		}
		arr = &Array{Elems: []Expr{e}}
	}
	var out []indexFieldRef
	for _, el := range arr.Elems {
		switch v := el.(type) {
		case *Ident:
			out = append(out, indexFieldRef{name: v.Name, span: v.Span})
		case *Call:
			out = append(out, indexFieldRef{name: v.Name, args: v.Args, span: v.Span})
		}
	}
	return out
}

// lowerKeys adds the primary key and the indexes of a model.
func (l *lowerer) lowerKeys(mi *modelInfo) {
	l.lowerPrimaryKey(mi)
	for _, f := range mi.m.Fields {
		if a := f.Attribute("unique"); a != nil {
			l.lowerIndex(mi, a, f)
		}
	}
	for _, a := range mi.m.Attributes {
		switch a.Name {
		case "unique", "index", "fulltext":
			l.lowerIndex(mi, a, nil)
		}
	}
}

// lowerPrimaryKey reads @id or @@id.
func (l *lowerer) lowerPrimaryKey(mi *modelInfo) {
	t := mi.table
	var attr *Attribute
	var field *Field
	var cols []catalog.IndexColumn
	for _, f := range mi.m.Fields {
		a := f.Attribute("id")
		if a == nil {
			continue
		}
		if attr != nil {
			l.errorf(a.Span.Start, "model %s has more than one @id field; use @@id for a composite key", mi.m.Name)
			continue
		}
		if f.Type.Optional {
			// As Prisma (P1012); a primary key column is NOT NULL whatever
			// the schema says, so accepting it would only hide the error.
			l.errorf(a.Span.Start, "%s.%s is optional: fields that are marked as id must be required (remove the ?)", mi.m.Name, f.Name)
			continue
		}
		col, ok := l.keyColumn(mi, indexFieldRef{name: f.Name, args: a.Args, span: a.Span})
		if !ok {
			continue
		}
		attr, field, cols = a, f, []catalog.IndexColumn{col}
	}
	if a := mi.m.Attribute("id"); a != nil {
		if attr != nil {
			l.errorf(a.Span.Start, "model %s has both @id and @@id", mi.m.Name)
			return
		}
		var ok bool
		if cols, ok = l.keyColumns(mi, a); !ok {
			return
		}
		for _, r := range indexFieldRefs(fieldsArg(a)) {
			if f := mi.m.Field(r.name); f != nil && f.Type.Optional {
				l.errorf(a.Span.Start, "the @@id of model %s refers to the optional field `%s`: id definitions must reference only required fields", mi.m.Name, r.name)
				return
			}
		}
		attr = a
	}
	if attr == nil {
		return
	}
	pk := &catalog.PrimaryKey{Columns: cols, Pos: linePos(attr.Span, mi.file)}
	if _, named := stringArg(attr, "map", -1); named && l.dialect != catalog.Postgres {
		l.errorf(attr.Span.Start, "model %s: the %s provider does not support a database name (map:) for the primary key", mi.m.Name, l.provider)
	}
	if l.dialect == catalog.Postgres {
		pk.Name = primaryKeyName(t.Name, l.maxIdentifierLength())
		if m, ok := stringArg(attr, "map", -1); ok {
			pk.Name = m
		}
	}
	t.PrimaryKey = pk
	o := attrOrigin(mi, attr, field)
	l.origin(Ref{Kind: RefPrimaryKey, Schema: t.Schema, Table: t.Name}, o)
	if pk.Name != "" {
		// PostgreSQL keeps the key's index under the constraint name: let
		// IndexOrigin find it too.
		l.origin(Ref{Kind: RefIndex, Schema: t.Schema, Table: t.Name, Name: pk.Name}, o)
	}
}

// lowerIndex reads @unique (field non-nil), @@unique, @@index or @@fulltext.
func (l *lowerer) lowerIndex(mi *modelInfo, a *Attribute, field *Field) {
	t := mi.table
	ix := &catalog.Index{Pos: linePos(a.Span, mi.file)}
	var cols []catalog.IndexColumn
	if field != nil {
		col, ok := l.keyColumn(mi, indexFieldRef{name: field.Name, args: a.Args, span: a.Span})
		if !ok {
			return
		}
		cols = []catalog.IndexColumn{col}
	} else {
		var ok bool
		if cols, ok = l.keyColumns(mi, a); !ok {
			return
		}
	}
	ix.Columns = cols
	names := make([]string, len(cols))
	for i, c := range cols {
		names[i] = c.Name
	}
	limit := l.maxIdentifierLength()
	switch a.Name {
	case "unique":
		ix.Unique = true
		ix.Name = uniqueIndexName(t.Name, names, limit)
	case "index":
		ix.Name = plainIndexName(t.Name, names, limit)
		// For @@index (only), the legacy name: argument is the database name.
		if n, ok := stringArg(a, "name", -1); ok {
			ix.Name = n
		}
		ix.Method = l.indexMethod(a)
	case "fulltext":
		if l.dialect != catalog.MySQL {
			l.errorf(a.Span.Start, "@@fulltext is only supported on MySQL (and MongoDB)")
			return
		}
		ix.Name = plainIndexName(t.Name, names, limit)
		ix.Method = "FULLTEXT"
	}
	if m, ok := stringArg(a, "map", -1); ok {
		ix.Name = m
	}
	if prev := t.Index(l.dialect, ix.Name); prev != nil {
		l.errorf(a.Span.Start, "index name %q on model %s is already used by another index; give one of them a map: name", ix.Name, mi.m.Name)
		return
	}
	t.Indexes = append(t.Indexes, ix)
	l.origin(Ref{Kind: RefIndex, Schema: t.Schema, Table: t.Name, Name: ix.Name}, attrOrigin(mi, a, field))
}

// attrOrigin is the origin of a key or index attribute.
func attrOrigin(mi *modelInfo, a *Attribute, field *Field) Origin {
	o := Origin{Kind: FromAttribute, Model: mi.m.Name, Attribute: "@" + a.Name, Pos: linePos(a.Span, mi.file)}
	if a.Block {
		o.Attribute = "@@" + a.Name
	}
	if field != nil {
		o.Field = field.Name
	}
	return o
}

// indexMethod reads @@index(type: …) into catalog.Index.Method.
func (l *lowerer) indexMethod(a *Attribute) string {
	arg := a.Arg("type")
	if arg == nil {
		return ""
	}
	id, ok := arg.Value.(*Ident)
	if !ok {
		l.errorf(arg.Span.Start, "the index type must be one of BTree, Hash, Gist, Gin, SpGist, Brin")
		return ""
	}
	switch id.Name {
	case "BTree":
		return ""
	case "Hash", "Gist", "Gin", "SpGist", "Brin":
		if l.dialect != catalog.Postgres && id.Name != "Hash" {
			l.errorf(id.Span.Start, "index type %s is only supported on PostgreSQL", id.Name)
			return ""
		}
		return strings.ToUpper(id.Name)
	}
	l.errorf(id.Span.Start, "unknown index type %s (BTree, Hash, Gist, Gin, SpGist, Brin)", id.Name)
	return ""
}

// keyColumns resolves the field list of a block attribute.
func (l *lowerer) keyColumns(mi *modelInfo, a *Attribute) ([]catalog.IndexColumn, bool) {
	refs := indexFieldRefs(fieldsArg(a))
	if len(refs) == 0 {
		l.errorf(a.Span.Start, "@@%s on model %s needs a list of fields", a.Name, mi.m.Name)
		return nil, false
	}
	cols := make([]catalog.IndexColumn, 0, len(refs))
	for _, r := range refs {
		c, ok := l.keyColumn(mi, r)
		if !ok {
			return nil, false
		}
		cols = append(cols, c)
	}
	return cols, true
}

// keyColumn resolves one field of a key, with its sort, length and operator
// class.
func (l *lowerer) keyColumn(mi *modelInfo, r indexFieldRef) (catalog.IndexColumn, bool) {
	col := mi.columns[r.name]
	if col == nil {
		if f := mi.m.Field(r.name); f != nil && l.classify(f) == classRelation {
			l.errorf(r.span.Start, "%s.%s is a relation field; keys and indexes take scalar fields", mi.m.Name, r.name)
		} else if f == nil {
			l.errorf(r.span.Start, "model %s has no field %q", mi.m.Name, r.name)
		}
		return catalog.IndexColumn{}, false
	}
	ic := catalog.IndexColumn{Name: col.Name}
	for _, arg := range r.args {
		switch arg.Name {
		case "sort":
			if id, ok := arg.Value.(*Ident); ok {
				switch id.Name {
				case "Desc":
					ic.Sort = "DESC"
				case "Asc":
					// Kept: Prisma renders an explicit ASC (drift compares
					// it equal to the default order).
					ic.Sort = "ASC"
				}
			}
		case "length":
			if n, ok := arg.Value.(*NumberLit); ok {
				ic.Length, _ = strconv.Atoi(n.Value)
			}
		case "ops":
			ic.Opclass = l.opclass(arg)
		}
	}
	return ic, true
}

// opclass reads `ops: raw("…")` or a named operator class.
func (l *lowerer) opclass(arg *Arg) string {
	switch v := arg.Value.(type) {
	case *Call:
		if v.Name == "raw" {
			if s, ok := stringArg(&Attribute{Args: v.Args}, "", 0); ok {
				return s
			}
		}
	case *Ident:
		if op, ok := operatorClasses[v.Name]; ok {
			return op
		}
	}
	l.errorf(arg.Span.Start, "unknown operator class; use a Prisma name such as JsonbPathOps or raw(\"…\")")
	return ""
}

// operatorClasses maps Prisma's operator class names to PostgreSQL's. The
// minmax, bloom and multi parts are single words in PostgreSQL.
var operatorClasses = func() map[string]string {
	m := map[string]string{
		"InetOps": "inet_ops", "ArrayOps": "array_ops", "JsonbOps": "jsonb_ops",
		"JsonbPathOps": "jsonb_path_ops", "TextOps": "text_ops",
		"BitMinMaxOps": "bit_minmax_ops", "VarBitMinMaxOps": "varbit_minmax_ops",
		"InetInclusionOps": "inet_inclusion_ops",
	}
	brin := map[string]string{
		"Bpchar": "bpchar", "Bytea": "bytea", "Date": "date", "Float4": "float4", "Float8": "float8",
		"Inet": "inet", "Int2": "int2", "Int4": "int4", "Int8": "int8", "Numeric": "numeric",
		"Oid": "oid", "Text": "text", "Timestamp": "timestamp", "TimestampTz": "timestamptz",
		"Time": "time", "TimeTz": "timetz", "Uuid": "uuid",
	}
	for prisma, pg := range brin {
		m[prisma+"BloomOps"] = pg + "_bloom_ops"
		m[prisma+"MinMaxOps"] = pg + "_minmax_ops"
		m[prisma+"MinMaxMultiOps"] = pg + "_minmax_multi_ops"
	}
	return m
}()
