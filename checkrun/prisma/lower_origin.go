package prisma

import (
	"fmt"

	"github.com/migsync/migsync/checkrun/catalog"
)

// RefKind is the kind of catalogue object a Ref names.
type RefKind string

const (
	RefTable      RefKind = "table"
	RefColumn     RefKind = "column"
	RefPrimaryKey RefKind = "primaryKey"
	RefIndex      RefKind = "index" // plain and unique indexes
	RefForeignKey RefKind = "foreignKey"
	RefEnum       RefKind = "enum"
	RefEnumValue  RefKind = "enumValue"
	RefExtension  RefKind = "extension"
)

// Ref names a catalogue object:
//
//	table:       Schema, Table
//	column:      Schema, Table, Name = column
//	primaryKey:  Schema, Table (Name is ignored: a table has one key)
//	index:       Schema, Table, Name = index name
//	foreignKey:  Schema, Table, Name = constraint name
//	enum:        Schema, Name = type name
//	enumValue:   Schema, Table = enum type name, Name = value
//	extension:   Name
//
// Schema is "" for the default schema ("public" is accepted too). Lookups are
// case-insensitive on MySQL and SQLite, like catalog.Catalog.Key.
type Ref struct {
	Kind   RefKind
	Schema string
	Table  string
	Name   string
}

// OriginKind tells what kind of schema element an object comes from.
type OriginKind string

const (
	FromModel     OriginKind = "model"     // a table: the model block
	FromField     OriginKind = "field"     // a column: the field line
	FromAttribute OriginKind = "attribute" // a key or index: the @id/@unique/@@id/@@unique/@@index/@@fulltext attribute
	FromRelation  OriginKind = "relation"  // a foreign key: the relation field with fields/references
	// FromImplicitM2M is an implicit many-to-many join table and its
	// columns, keys and foreign keys: the list relation field.
	FromImplicitM2M OriginKind = "implicitManyToMany"
	FromEnum        OriginKind = "enum"
	FromEnumValue   OriginKind = "enumValue"
	FromExtension   OriginKind = "extension"
)

// Origin is the schema element a catalogue object comes from.
type Origin struct {
	Kind OriginKind
	// Model is the Prisma model name (tables, columns, keys, indexes,
	// foreign keys; for a join table, the model whose field is Field).
	Model string
	// Field is the Prisma field name: the column's field, the field of a
	// field-level @id/@unique, the relation field of a foreign key or join
	// table.
	Field string
	// Attribute is the attribute as written without arguments, e.g.
	// "@@index", "@unique", "@id", "@relation" (keys, indexes, foreign keys).
	Attribute string
	// Relation is the relation name of a join table (explicit or generated,
	// e.g. "CategoryToPost").
	Relation string
	// Enum and Value name an enum and one of its values (by Prisma names).
	Enum  string
	Value string
	// Extension is the extension as named in the datasource.
	Extension string
	// Pos is the schema position: the line of the field, attribute or enum
	// value; Line..EndLine of a model or enum block.
	Pos catalog.Pos
}

// String describes the element for a finding, e.g. "field User.email",
// "@@index on model Post", "model User".
func (o Origin) String() string {
	switch o.Kind {
	case FromModel:
		return "model " + o.Model
	case FromField:
		return "field " + o.Model + "." + o.Field
	case FromAttribute:
		if o.Field != "" {
			return fmt.Sprintf("%s on field %s.%s", o.Attribute, o.Model, o.Field)
		}
		return fmt.Sprintf("%s on model %s", o.Attribute, o.Model)
	case FromRelation:
		return "relation field " + o.Model + "." + o.Field
	case FromImplicitM2M:
		return fmt.Sprintf("implicit many-to-many relation %s (field %s.%s)", o.Relation, o.Model, o.Field)
	case FromEnum:
		return "enum " + o.Enum
	case FromEnumValue:
		return "enum value " + o.Enum + "." + o.Value
	case FromExtension:
		return "extension " + o.Extension
	}
	return string(o.Kind)
}

// normRef makes a Ref a map key: default schema as "", dialect-folded names.
func (l *Lowered) normRef(r Ref) Ref {
	d := l.Dialect
	if r.Schema == l.Catalog.DefaultSchema {
		r.Schema = ""
	}
	r.Schema = catalog.KeyFor(d, r.Schema)
	r.Table = catalog.KeyFor(d, r.Table)
	r.Name = catalog.KeyFor(d, r.Name)
	if r.Kind == RefPrimaryKey {
		r.Name = ""
	}
	return r
}

// Origin finds where a catalogue object comes from.
func (l *Lowered) Origin(r Ref) (Origin, bool) {
	if l == nil {
		return Origin{}, false
	}
	o, ok := l.Origins[l.normRef(r)]
	return o, ok
}

// TableOrigin finds the model (or join-table relation) of a table.
func (l *Lowered) TableOrigin(schema, table string) (Origin, bool) {
	return l.Origin(Ref{Kind: RefTable, Schema: schema, Table: table})
}

// ColumnOrigin finds the field of a column.
func (l *Lowered) ColumnOrigin(schema, table, column string) (Origin, bool) {
	return l.Origin(Ref{Kind: RefColumn, Schema: schema, Table: table, Name: column})
}

// PrimaryKeyOrigin finds the @id/@@id of a table's primary key.
func (l *Lowered) PrimaryKeyOrigin(schema, table string) (Origin, bool) {
	return l.Origin(Ref{Kind: RefPrimaryKey, Schema: schema, Table: table})
}

// IndexOrigin finds the @unique/@@unique/@@index/@@fulltext of an index.
func (l *Lowered) IndexOrigin(schema, table, index string) (Origin, bool) {
	return l.Origin(Ref{Kind: RefIndex, Schema: schema, Table: table, Name: index})
}

// ForeignKeyOrigin finds the relation field of a foreign key.
func (l *Lowered) ForeignKeyOrigin(schema, table, name string) (Origin, bool) {
	return l.Origin(Ref{Kind: RefForeignKey, Schema: schema, Table: table, Name: name})
}

// EnumOrigin finds the enum block of a PostgreSQL enum type.
func (l *Lowered) EnumOrigin(schema, name string) (Origin, bool) {
	return l.Origin(Ref{Kind: RefEnum, Schema: schema, Name: name})
}

// EnumValueOrigin finds the line of an enum value (by database names).
func (l *Lowered) EnumValueOrigin(schema, enum, value string) (Origin, bool) {
	return l.Origin(Ref{Kind: RefEnumValue, Schema: schema, Table: enum, Name: value})
}

// ExtensionOrigin finds the datasource entry of an extension.
func (l *Lowered) ExtensionOrigin(name string) (Origin, bool) {
	return l.Origin(Ref{Kind: RefExtension, Name: name})
}

// origin records where an object comes from; the first record wins.
func (l *lowerer) origin(r Ref, o Origin) {
	k := l.out.normRef(r)
	if _, dup := l.out.Origins[k]; !dup {
		l.out.Origins[k] = o
	}
}
