package prisma

import (
	"fmt"
	"strings"

	"github.com/migsync/migsync/checkrun/catalog"
)

// Relation modes of a datasource (`relationMode = "…"`).
const (
	RelationModeForeignKeys = "foreignKeys"
	RelationModePrisma      = "prisma"
)

// Lowered is a schema lowered to the database Prisma Migrate would create.
type Lowered struct {
	// Catalog is the database: tables, columns, keys, indexes, foreign keys,
	// PostgreSQL enums and extensions, sorted (catalog.Catalog.Sort).
	Catalog *catalog.Catalog
	// Provider is the datasource provider as written ("postgresql",
	// "postgres", "cockroachdb", "mysql", "sqlite").
	Provider string
	// Dialect is the provider's SQL family.
	Dialect catalog.Dialect
	// RelationMode is RelationModeForeignKeys (the default) or
	// RelationModePrisma (no foreign keys in the database).
	RelationMode string
	// Origins maps every catalogue object back to the schema element it
	// comes from. Use the Lowered.*Origin methods or Lowered.Origin to look
	// objects up; keys are normalised with Ref.
	Origins map[Ref]Origin
}

// Lower turns a parsed schema into the catalogue Prisma Migrate would create
// for its datasource's provider. Semantic problems (no datasource, unknown
// provider or type, incomplete relations, …) are reported as positioned
// diagnostics; lowering carries on past them where it can, so the catalogue is
// usable but incomplete when errors are returned. The catalogue is nil only
// when no dialect could be determined.
func Lower(s *Schema) (*Lowered, []Diagnostic) {
	l := &lowerer{schema: s, models: map[string]*modelInfo{}, enums: map[string]*enumInfo{}}
	if s == nil || !l.readDatasource() {
		return nil, l.diags
	}
	l.out = &Lowered{
		Catalog:      catalog.New(l.dialect),
		Provider:     l.provider,
		Dialect:      l.dialect,
		RelationMode: l.relationMode,
		Origins:      map[Ref]Origin{},
	}
	l.cat = l.out.Catalog
	l.collect()
	l.lowerExtensions()
	l.lowerEnums()
	for _, mi := range l.modelOrder {
		if mi.table != nil {
			l.lowerColumns(mi)
		}
	}
	for _, mi := range l.modelOrder {
		if mi.table != nil {
			l.lowerKeys(mi)
		}
	}
	l.lowerRelations()
	l.cat.Sort()
	return l.out, l.diags
}

// lowerer holds the state of one Lower call.
type lowerer struct {
	schema       *Schema
	ds           *Datasource
	provider     string
	dialect      catalog.Dialect
	relationMode string
	nativePrefix string // "db." for `datasource db`

	out   *Lowered
	cat   *catalog.Catalog
	diags []Diagnostic

	models     map[string]*modelInfo
	modelOrder []*modelInfo
	enums      map[string]*enumInfo
}

// modelInfo is a model, view or composite type with what lowering learnt
// about it.
type modelInfo struct {
	m      *Model
	file   string
	dbName string
	schema string         // "" = default schema
	table  *catalog.Table // nil for views, composite types and failed models
	// columns maps a scalar field name to its column.
	columns map[string]*catalog.Column
}

// enumInfo is an enum block with its database name.
type enumInfo struct {
	e      *Enum
	file   string
	dbName string
	schema string
	// values maps a value name to its database name.
	values map[string]string
}

// maxIdentifierLength is the connector's identifier limit, as Prisma uses it
// for derived names.
func (l *lowerer) maxIdentifierLength() int {
	switch l.dialect {
	case catalog.Postgres:
		return 63
	case catalog.MySQL:
		return 64
	}
	return 10000 // SQLite: effectively unlimited
}

func (l *lowerer) errorf(pos Position, format string, args ...any) {
	l.diags = append(l.diags, Diagnostic{Pos: pos, Severity: "error", Message: fmt.Sprintf(format, args...)})
}

func (l *lowerer) warnf(pos Position, format string, args ...any) {
	l.diags = append(l.diags, Diagnostic{Pos: pos, Severity: "warning", Message: fmt.Sprintf(format, args...)})
}

// readDatasource finds the datasource and its provider; it reports whether
// lowering can go on.
func (l *lowerer) readDatasource() bool {
	l.ds = l.schema.Datasource()
	if l.ds == nil {
		pos := Position{Line: 1, Column: 1}
		if len(l.schema.Files) > 0 {
			pos.File = l.schema.Files[0].Path
		}
		l.errorf(pos, "the schema has no datasource block, so its database provider is unknown")
		return false
	}
	l.nativePrefix = l.ds.Name + "."
	prop := l.ds.Property("provider")
	if prop == nil {
		l.errorf(l.ds.Span.Start, "datasource %q has no provider", l.ds.Name)
		return false
	}
	lit, ok := prop.Value.(*StringLit)
	if !ok {
		l.errorf(prop.Span.Start, "the datasource provider must be a string literal")
		return false
	}
	l.provider = lit.Value
	d, ok := catalog.DialectForProvider(lit.Value)
	if !ok {
		l.errorf(lit.Span.Start, "provider %q is not supported (supported: %s)", lit.Value, strings.Join(catalog.CheckedProviders(), ", "))
		return false
	}
	l.dialect = d
	if strings.EqualFold(lit.Value, "cockroachdb") {
		l.warnf(lit.Span.Start, "cockroachdb is checked as PostgreSQL: CockroachDB's own type spellings (STRING, INT8, …) are not modelled")
	}
	l.relationMode = RelationModeForeignKeys
	for _, key := range []string{"relationMode", "referentialIntegrity"} {
		p := l.ds.Property(key)
		if p == nil {
			continue
		}
		v, ok := p.Value.(*StringLit)
		if !ok || (v.Value != RelationModeForeignKeys && v.Value != RelationModePrisma) {
			l.errorf(p.Span.Start, `%s must be "foreignKeys" or "prisma"`, key)
			continue
		}
		l.relationMode = v.Value
	}
	return true
}

// collect indexes models and enums by name, with database names and schemas.
func (l *lowerer) collect() {
	for _, f := range l.schema.Files {
		for _, b := range f.Blocks {
			switch b := b.(type) {
			case *Model:
				if prev, dup := l.models[b.Name]; dup {
					l.errorf(b.NameSpan.Start, "%s %q is already defined at %s", b.Kind, b.Name, posString(prev.m.Span.Start, prev.file))
					continue
				}
				if _, dup := l.enums[b.Name]; dup {
					l.errorf(b.NameSpan.Start, "%q is already defined as an enum", b.Name)
					continue
				}
				mi := &modelInfo{m: b, file: f.Path, dbName: mapName(b.Attribute("map"), b.Name), columns: map[string]*catalog.Column{}}
				mi.schema = l.schemaOf(b.Attribute("schema"))
				l.models[b.Name] = mi
				l.modelOrder = append(l.modelOrder, mi)
			case *Enum:
				if prev, dup := l.enums[b.Name]; dup {
					l.errorf(b.NameSpan.Start, "enum %q is already defined at %s", b.Name, posString(prev.e.Span.Start, prev.file))
					continue
				}
				ei := &enumInfo{e: b, file: f.Path, dbName: mapName(b.Attribute("map"), b.Name), values: map[string]string{}}
				ei.schema = l.schemaOf(b.Attribute("schema"))
				for _, v := range b.Values {
					ei.values[v.Name] = mapName(findAttr(v.Attributes, "map"), v.Name)
				}
				l.enums[b.Name] = ei
			}
		}
	}
	// A model that clashes with an enum defined later in the files.
	for _, mi := range l.modelOrder {
		if ei, dup := l.enums[mi.m.Name]; dup {
			l.errorf(mi.m.NameSpan.Start, "%q is defined both as a %s and as an enum (at %s)", mi.m.Name, mi.m.Kind, posString(ei.e.Span.Start, ei.file))
		}
	}
	for _, mi := range l.modelOrder {
		if mi.m.Kind == KindModel || mi.m.Kind == "" {
			mi.table = &catalog.Table{Schema: mi.schema, Name: mi.dbName, Pos: blockPos(mi.m.Span, mi.file)}
		}
	}
}

// schemaOf reads a @@schema attribute; the default schema is "".
func (l *lowerer) schemaOf(a *Attribute) string {
	if a == nil {
		return ""
	}
	name, ok := stringArg(a, "name", 0)
	if !ok {
		l.errorf(a.Span.Start, "@@schema needs a schema name string")
		return ""
	}
	if l.dialect == catalog.SQLite || name == l.cat.DefaultSchema {
		return ""
	}
	return name
}

// lowerExtensions reads `extensions = [...]` (PostgreSQL).
func (l *lowerer) lowerExtensions() {
	p := l.ds.Property("extensions")
	if p == nil {
		return
	}
	if l.dialect != catalog.Postgres {
		l.warnf(p.Span.Start, "datasource extensions are only supported on PostgreSQL; ignored")
		return
	}
	arr, ok := p.Value.(*Array)
	if !ok {
		l.errorf(p.Span.Start, "extensions must be a list, e.g. [pgcrypto]")
		return
	}
	for _, el := range arr.Elems {
		ext := &catalog.Extension{Pos: linePos(el.ExprSpan(), l.fileOf(el.ExprSpan()))}
		prismaName := ""
		switch e := el.(type) {
		case *Ident:
			prismaName = e.Name
		case *Call:
			prismaName = e.Name
			a := &Attribute{Args: e.Args}
			ext.Schema, _ = stringArg(a, "schema", -1)
			ext.Version, _ = stringArg(a, "version", -1)
			if m, ok := stringArg(a, "map", -1); ok {
				ext.Name = m
			}
		default:
			l.errorf(el.ExprSpan().Start, "an extension must be a name, e.g. pgcrypto or citext(schema: \"ext\")")
			continue
		}
		if ext.Name == "" {
			ext.Name = prismaName
		}
		l.cat.Extensions = append(l.cat.Extensions, ext)
		l.origin(Ref{Kind: RefExtension, Name: ext.Name}, Origin{Kind: FromExtension, Extension: prismaName, Pos: ext.Pos})
	}
}

// lowerEnums creates PostgreSQL enum types and records every enum's and
// enum value's origin (on MySQL and SQLite too, where enums live in column
// types: drift can still name the value's line).
func (l *lowerer) lowerEnums() {
	for _, f := range l.schema.Files {
		for _, b := range f.Blocks {
			e, ok := b.(*Enum)
			if !ok || l.enums[e.Name] == nil || l.enums[e.Name].e != e {
				continue
			}
			ei := l.enums[e.Name]
			ce := &catalog.Enum{Schema: ei.schema, Name: ei.dbName, Pos: blockPos(e.Span, f.Path)}
			for _, v := range e.Values {
				db := ei.values[v.Name]
				ce.Values = append(ce.Values, db)
				ce.ValuePos = append(ce.ValuePos, linePos(v.Span, f.Path))
				l.origin(Ref{Kind: RefEnumValue, Schema: ei.schema, Table: ei.dbName, Name: db},
					Origin{Kind: FromEnumValue, Enum: e.Name, Value: v.Name, Pos: linePos(v.Span, f.Path)})
			}
			l.origin(Ref{Kind: RefEnum, Schema: ei.schema, Name: ei.dbName}, Origin{Kind: FromEnum, Enum: e.Name, Pos: ce.Pos})
			if l.dialect == catalog.Postgres {
				l.cat.Enums = append(l.cat.Enums, ce)
			}
		}
	}
}

// fileOf is the file of a span, falling back to the datasource's file.
func (l *lowerer) fileOf(sp Span) string {
	if sp.Start.File != "" {
		return sp.Start.File
	}
	for _, f := range l.schema.Files {
		for _, b := range f.Blocks {
			if b == Block(l.ds) {
				return f.Path
			}
		}
	}
	return ""
}

// mapName is the database name given by a @map/@@map attribute, or def.
func mapName(a *Attribute, def string) string {
	if a == nil {
		return def
	}
	if v, ok := stringArg(a, "name", 0); ok {
		return v
	}
	return def
}

// stringArg reads a string argument by name or, when pos >= 0, by position.
func stringArg(a *Attribute, name string, pos int) (string, bool) {
	arg := a.Arg(name)
	if arg == nil && pos >= 0 {
		arg = a.Positional(pos)
	}
	if arg == nil {
		return "", false
	}
	s, ok := arg.Value.(*StringLit)
	if !ok {
		return "", false
	}
	return s.Value, true
}

// blockPos is the position of a block: its first and last lines.
func blockPos(sp Span, file string) catalog.Pos {
	if sp.Start.File != "" {
		file = sp.Start.File
	}
	return catalog.Pos{File: file, Line: sp.Start.Line, EndLine: sp.End.Line}
}

// linePos is the position of a one-line element (a field, an attribute).
func linePos(sp Span, file string) catalog.Pos {
	p := blockPos(sp, file)
	if p.EndLine < p.Line {
		p.EndLine = p.Line
	}
	return p
}

func posString(p Position, file string) string {
	if p.File != "" {
		file = p.File
	}
	return fmt.Sprintf("%s:%d", file, p.Line)
}

// isBuiltinScalar reports whether a type name is one of Prisma's scalars.
func isBuiltinScalar(name string) bool {
	switch name {
	case "String", "Boolean", "Int", "BigInt", "Float", "Decimal", "DateTime", "Json", "Bytes":
		return true
	}
	return false
}

// quoteIdent double-quotes a PostgreSQL identifier.
