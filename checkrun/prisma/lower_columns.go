package prisma

import (
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/migsync/migsync/checkrun/catalog"
	"github.com/migsync/migsync/internal/similar"
)

// fieldClass is what a field's type refers to.
type fieldClass int

const (
	classUnknown     fieldClass = iota
	classScalar                 // a built-in scalar
	classEnum                   // an enum
	classRelation               // a model or view: no column
	classComposite              // a composite type: a JSON column
	classUnsupported            // Unsupported("…")
)

// classify tells what a field's type refers to.
func (l *lowerer) classify(f *Field) fieldClass {
	name := f.Type.Name
	switch {
	case name == "Unsupported":
		return classUnsupported
	case isBuiltinScalar(name):
		return classScalar
	case l.enums[name] != nil:
		return classEnum
	}
	if mi := l.models[name]; mi != nil {
		if mi.m.Kind == KindType {
			return classComposite
		}
		return classRelation
	}
	return classUnknown
}

// lowerColumns adds a column for every scalar field of a model, in field
// order (relation fields have no column; @ignore fields still do).
func (l *lowerer) lowerColumns(mi *modelInfo) {
	t := mi.table
	l.cat.AddTable(t)
	l.origin(Ref{Kind: RefTable, Schema: t.Schema, Table: t.Name}, Origin{Kind: FromModel, Model: mi.m.Name, Pos: t.Pos})
	for _, f := range mi.m.Fields {
		col := l.lowerColumn(mi, f)
		if col == nil {
			continue
		}
		if prev := t.Column(l.dialect, col.Name); prev != nil {
			l.errorf(f.Span.Start, "field %s.%s maps to column %q, which another field already uses", mi.m.Name, f.Name, col.Name)
			continue
		}
		t.Columns = append(t.Columns, col)
		mi.columns[f.Name] = col
		l.origin(Ref{Kind: RefColumn, Schema: t.Schema, Table: t.Name, Name: col.Name},
			Origin{Kind: FromField, Model: mi.m.Name, Field: f.Name, Pos: col.Pos})
	}
}

// typeNames lists the names a field's type may take: Prisma's scalars, the
// schema's models, views, composite types and enums, sorted.
func (l *lowerer) typeNames() []string {
	names := []string{"BigInt", "Boolean", "Bytes", "DateTime", "Decimal", "Float", "Int", "Json", "String"}
	for n := range l.models {
		names = append(names, n)
	}
	for n := range l.enums {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// lowerColumn builds the column of one field, or returns nil for relation
// fields and fields in error.
func (l *lowerer) lowerColumn(mi *modelInfo, f *Field) *catalog.Column {
	col := &catalog.Column{
		Name:    mapName(f.Attribute("map"), f.Name),
		NotNull: !f.Type.Optional && !f.Type.List,
		Pos:     linePos(f.Span, mi.file),
	}
	scalar := ""
	switch l.classify(f) {
	case classRelation:
		return nil
	case classUnknown:
		msg := fmt.Sprintf("type %q of field %s.%s is neither a built-in scalar type, a model nor an enum", f.Type.Name, mi.m.Name, f.Name)
		if c := similar.Closest(f.Type.Name, l.typeNames()); c != "" {
			msg += fmt.Sprintf("; did you mean %q?", c)
		}
		l.errorf(f.Type.Span.Start, "%s", msg)
		return nil
	case classUnsupported:
		col.Type = l.unsupportedType(f)
	case classEnum:
		col.Type = l.enumType(f, l.enums[f.Type.Name])
	case classComposite:
		l.errorf(f.Type.Span.Start, "field %s.%s: composite types are only supported on MongoDB, not %s", mi.m.Name, f.Name, l.provider)
		scalar = "Json"
		col.Type = l.scalarType(f, scalar)
	case classScalar:
		scalar = f.Type.Name
		col.Type = l.scalarType(f, scalar)
	}
	if f.Type.List && l.dialect != catalog.Postgres {
		l.errorf(f.Type.Span.Start, "field %s.%s: scalar lists are only supported on PostgreSQL, not %s", mi.m.Name, f.Name, l.provider)
		return nil
	}
	if d := f.Attribute("default"); d != nil {
		l.lowerDefault(mi, f, col, scalar, d)
	}
	if l.dialect == catalog.SQLite && scalar == "Int" && l.isSoleIDField(mi.m, f) {
		// An INTEGER PRIMARY KEY is SQLite's rowid; Prisma renders it
		// AUTOINCREMENT whether or not the schema says autoincrement().
		col.AutoIncrement = true
	}
	return col
}

// isSoleIDField reports whether f is the model's whole primary key.
func (l *lowerer) isSoleIDField(m *Model, f *Field) bool {
	if f.Attribute("id") != nil {
		return true
	}
	if a := m.Attribute("id"); a != nil {
		refs := indexFieldRefs(fieldsArg(a))
		return len(refs) == 1 && refs[0].name == f.Name
	}
	return false
}

// lowerDefault sets a column's default from @default(…).
func (l *lowerer) lowerDefault(mi *modelInfo, f *Field, col *catalog.Column, scalar string, a *Attribute) {
	arg := a.Arg("value")
	if arg == nil {
		arg = a.Positional(0)
	}
	if arg == nil {
		l.errorf(a.Span.Start, "@default needs a value")
		return
	}
	pos := linePos(a.Span, mi.file)
	if c, ok := arg.Value.(*Call); ok {
		l.lowerDefaultCall(mi, f, col, c, pos)
		return
	}
	v, ok := l.defaultLiteral(f, col, scalar, arg.Value)
	if !ok {
		return
	}
	col.Default = &catalog.Default{Kind: catalog.DefaultValue, Value: v, Pos: pos}
}

// lowerDefaultCall handles a function default: now(), autoincrement(),
// dbgenerated("…"), sequence(), and the client-side generators, which leave
// the database without a default.
func (l *lowerer) lowerDefaultCall(mi *modelInfo, f *Field, col *catalog.Column, c *Call, pos catalog.Pos) {
	switch c.Name {
	case "now":
		col.Default = &catalog.Default{Kind: catalog.DefaultNow, Pos: pos}
	case "autoincrement":
		switch {
		case l.dialect == catalog.MySQL:
			col.AutoIncrement = true
		case strings.EqualFold(l.provider, "cockroachdb"):
			col.Default = &catalog.Default{Kind: catalog.DefaultExpr, Value: "unique_rowid()", Pos: pos}
		case l.dialect == catalog.Postgres:
			col.Default = &catalog.Default{Kind: catalog.DefaultSequence, Value: serialSequenceName(mi.dbName, col.Name), Pos: pos}
		}
	case "sequence":
		col.Default = &catalog.Default{Kind: catalog.DefaultSequence, Value: "prisma_sequence_" + mi.dbName + "_" + col.Name, Pos: pos}
	case "dbgenerated":
		arg := (&Attribute{Args: c.Args}).Positional(0)
		if arg == nil {
			// dbgenerated(): "some default exists", whatever it is; Prisma
			// compares it equal to any database default and renders none.
			col.Default = &catalog.Default{Kind: catalog.DefaultExpr, Pos: pos}
			return
		}
		s, ok := arg.Value.(*StringLit)
		if !ok {
			l.errorf(arg.Span.Start, "dbgenerated needs a string argument")
			return
		}
		col.Default = &catalog.Default{Kind: catalog.DefaultExpr, Value: normalizeSpace(s.Value), Pos: pos}
	case "uuid", "cuid", "nanoid", "ulid", "auto":
		// Generated by Prisma Client: no database default.
	default:
		l.errorf(c.Span.Start, "unknown default function %s() on field %s.%s", c.Name, mi.m.Name, f.Name)
	}
}

// defaultLiteral renders a constant default the way Prisma renders it in a
// migration for the dialect (see catalog.Default.Value). The second result
// is false when the database gets no default (MySQL JSON and binary
// defaults) or the value is in error.
func (l *lowerer) defaultLiteral(f *Field, col *catalog.Column, scalar string, e Expr) (string, bool) {
	if arr, ok := e.(*Array); ok {
		if l.dialect != catalog.Postgres {
			l.errorf(arr.Span.Start, "list defaults are only supported on PostgreSQL")
			return "", false
		}
		parts := make([]string, 0, len(arr.Elems))
		for _, el := range arr.Elems {
			s, ok := l.scalarLiteral(f, col, scalar, el)
			if !ok {
				return "", false
			}
			parts = append(parts, s)
		}
		return "ARRAY[" + strings.Join(parts, ", ") + "]::" + sqlTypeName(col.Type) + "[]", true
	}
	return l.scalarLiteral(f, col, scalar, e)
}

// scalarLiteral renders one constant.
func (l *lowerer) scalarLiteral(f *Field, col *catalog.Column, scalar string, e Expr) (string, bool) {
	if f.Type.Name != "" && l.enums[f.Type.Name] != nil {
		id, ok := e.(*Ident)
		if !ok {
			l.errorf(e.ExprSpan().Start, "the default of enum field %s must be one of its values", f.Name)
			return "", false
		}
		ei := l.enums[f.Type.Name]
		db, ok := ei.values[id.Name]
		if !ok {
			l.errorf(id.Span.Start, "%q is not a value of enum %s", id.Name, ei.e.Name)
			return "", false
		}
		return quoteString(db), true
	}
	switch v := e.(type) {
	case *NumberLit:
		return l.numberLiteral(scalar, v)
	case *Ident:
		if scalar == "Boolean" && (v.Name == "true" || v.Name == "false") {
			return v.Name, true
		}
	case *StringLit:
		return l.stringLiteral(scalar, v)
	}
	l.errorf(e.ExprSpan().Start, "default value does not fit field %s of type %s", f.Name, f.Type.Name)
	return "", false
}

func (l *lowerer) numberLiteral(scalar string, v *NumberLit) (string, bool) {
	switch scalar {
	case "Int", "BigInt":
		n, err := strconv.ParseInt(v.Value, 10, 64)
		if err != nil {
			l.errorf(v.Span.Start, "%q is not an integer", v.Value)
			return "", false
		}
		return strconv.FormatInt(n, 10), true
	case "Float", "Decimal":
		if _, err := strconv.ParseFloat(v.Value, 64); err != nil {
			l.errorf(v.Span.Start, "%q is not a number", v.Value)
			return "", false
		}
		return v.Value, true // Prisma keeps the decimal as written (1.50 stays 1.50)
	}
	l.errorf(v.Span.Start, "a number is not a valid default for a %s field", scalar)
	return "", false
}

func (l *lowerer) stringLiteral(scalar string, v *StringLit) (string, bool) {
	switch scalar {
	case "String":
		return quoteString(v.Value), true
	case "Decimal":
		if _, err := strconv.ParseFloat(v.Value, 64); err != nil {
			l.errorf(v.Span.Start, "%q is not a decimal", v.Value)
			return "", false
		}
		return v.Value, true
	case "DateTime":
		t, err := time.Parse(time.RFC3339Nano, v.Value)
		if err != nil {
			l.errorf(v.Span.Start, "%q is not an RFC 3339 date-time", v.Value)
			return "", false
		}
		if l.dialect == catalog.MySQL {
			return quoteString(t.Format("2006-01-02T15:04:05") + fraction(t) + t.Format("-07:00")), true
		}
		return quoteString(t.Format("2006-01-02 15:04:05") + fraction(t) + t.Format(" -07:00")), true
	case "Json":
		switch l.dialect {
		case catalog.Postgres:
			return quoteString(v.Value), true
		case catalog.SQLite:
			return v.Value, true // Prisma renders SQLite JSON defaults unquoted
		}
		return "", false // MySQL: Prisma renders no JSON default
	case "Bytes":
		b, err := base64.StdEncoding.DecodeString(v.Value)
		if err != nil {
			l.errorf(v.Span.Start, "%q is not base64", v.Value)
			return "", false
		}
		switch l.dialect {
		case catalog.Postgres:
			return `'\x` + hex.EncodeToString(b) + `'`, true
		case catalog.SQLite:
			return "'" + hex.EncodeToString(b) + "'", true
		}
		return "", false // MySQL: Prisma renders no binary default
	}
	l.errorf(v.Span.Start, "a string is not a valid default for a %s field", scalar)
	return "", false
}

// fraction renders sub-second digits like chrono's %.f: nothing, or 3, 6 or 9
// digits.
func fraction(t time.Time) string {
	ns := t.Nanosecond()
	switch {
	case ns == 0:
		return ""
	case ns%1e6 == 0:
		return "." + pad(ns/1e6, 3)
	case ns%1e3 == 0:
		return "." + pad(ns/1e3, 6)
	}
	return "." + pad(ns, 9)
}

func pad(n, width int) string {
	s := strconv.Itoa(n)
	return strings.Repeat("0", width-len(s)) + s
}

// normalizeSpace collapses runs of white space to one space.
func normalizeSpace(s string) string { return strings.Join(strings.Fields(s), " ") }
