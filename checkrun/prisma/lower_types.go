package prisma

import (
	"strconv"
	"strings"

	"github.com/migsync/migsync/checkrun/catalog"
)

// defaultTypes is the SQL type Prisma Migrate gives each scalar when the
// field has no native type attribute, per dialect.
var defaultTypes = map[catalog.Dialect]map[string]string{
	catalog.Postgres: {
		"String": "TEXT", "Boolean": "BOOLEAN", "Int": "INTEGER", "BigInt": "BIGINT",
		"Float": "DOUBLE PRECISION", "Decimal": "DECIMAL(65,30)", "DateTime": "TIMESTAMP(3)",
		"Json": "JSONB", "Bytes": "BYTEA",
	},
	catalog.MySQL: {
		"String": "VARCHAR(191)", "Boolean": "BOOLEAN", "Int": "INT", "BigInt": "BIGINT",
		"Float": "DOUBLE", "Decimal": "DECIMAL(65,30)", "DateTime": "DATETIME(3)",
		"Json": "JSON", "Bytes": "LONGBLOB",
	},
	catalog.SQLite: {
		"String": "TEXT", "Boolean": "BOOLEAN", "Int": "INTEGER", "BigInt": "BIGINT",
		"Float": "REAL", "Decimal": "DECIMAL", "DateTime": "DATETIME",
		"Json": "JSONB", "Bytes": "BLOB",
	},
}

// nativeTypes maps a native type attribute (@db.X, without the prefix) to
// the SQL spelling Prisma renders for it, per dialect. SQLite has none.
var nativeTypes = map[catalog.Dialect]map[string]string{
	catalog.Postgres: {
		"SmallInt": "SMALLINT", "Integer": "INTEGER", "BigInt": "BIGINT", "Decimal": "DECIMAL",
		"Money": "MONEY", "Inet": "INET", "Oid": "OID", "Citext": "CITEXT", "Real": "REAL",
		"DoublePrecision": "DOUBLE PRECISION", "VarChar": "VARCHAR", "Char": "CHAR", "Text": "TEXT",
		"ByteA": "BYTEA", "Timestamp": "TIMESTAMP", "Timestamptz": "TIMESTAMPTZ", "Date": "DATE",
		"Time": "TIME", "Timetz": "TIMETZ", "Boolean": "BOOLEAN", "Bit": "BIT", "VarBit": "VARBIT",
		"Uuid": "UUID", "Xml": "XML", "Json": "JSON", "JsonB": "JSONB",
	},
	catalog.MySQL: {
		"Int": "INT", "UnsignedInt": "INT UNSIGNED", "SmallInt": "SMALLINT",
		"UnsignedSmallInt": "SMALLINT UNSIGNED", "TinyInt": "TINYINT", "UnsignedTinyInt": "TINYINT UNSIGNED",
		"MediumInt": "MEDIUMINT", "UnsignedMediumInt": "MEDIUMINT UNSIGNED", "BigInt": "BIGINT",
		"UnsignedBigInt": "BIGINT UNSIGNED", "Decimal": "DECIMAL", "Float": "FLOAT", "Double": "DOUBLE",
		"Bit": "BIT", "Char": "CHAR", "VarChar": "VARCHAR", "Binary": "BINARY", "VarBinary": "VARBINARY",
		"TinyBlob": "TINYBLOB", "Blob": "BLOB", "MediumBlob": "MEDIUMBLOB", "LongBlob": "LONGBLOB",
		"TinyText": "TINYTEXT", "Text": "TEXT", "MediumText": "MEDIUMTEXT", "LongText": "LONGTEXT",
		"Date": "DATE", "Time": "TIME", "DateTime": "DATETIME", "Timestamp": "TIMESTAMP", "Year": "YEAR",
		"Json": "JSON",
	},
}

// nativeAttr returns the field's native type attribute (@db.X), or nil.
func (l *lowerer) nativeAttr(f *Field) *Attribute {
	for _, a := range f.Attributes {
		if strings.HasPrefix(a.Name, l.nativePrefix) {
			return a
		}
	}
	return nil
}

// scalarType is the canonical column type of a built-in scalar field.
func (l *lowerer) scalarType(f *Field, scalar string) catalog.Type {
	sql := defaultTypes[l.dialect][scalar]
	var mods []int
	native := false
	if a := l.nativeAttr(f); a != nil {
		if s, m, ok := l.nativeType(a, scalar); ok {
			sql, mods, native = s, m, true
		}
	}
	name, ok := catalog.CanonicalType(l.dialect, sql, mods)
	t := catalog.Type{Name: name, Array: f.Type.List, Unsupported: !ok}
	if native {
		if text := nativeSpelling(l.dialect, sql, mods); text != name {
			t.Text = text
		}
	}
	return t
}

// nativeSpelling is a native type as Prisma's renderer writes it, with the
// arguments as given in the schema and none when none are given:
// @db.Timestamp is TIMESTAMP (the database's TIMESTAMP(6)), @db.Char is
// CHAR. The canonical Name makes the implicit arguments explicit for
// comparisons; a migration shows this spelling (prisma-engines
// render_column_type: render_optional_args, render_decimal_args).
// MySQL's renderer changes more spellings (INTEGER, DECIMAL(p, s)); those
// with arguments are derived from Name by the MySQL renderer, so only the
// argument-less temporal and decimal types need a spelling here.
func nativeSpelling(d catalog.Dialect, sql string, mods []int) string {
	switch d {
	case catalog.Postgres:
		if len(mods) == 0 {
			return sql
		}
		parts := make([]string, len(mods))
		for i, m := range mods {
			parts[i] = strconv.Itoa(m)
		}
		return sql + "(" + strings.Join(parts, ",") + ")"
	case catalog.MySQL:
		switch sql {
		case "DATETIME", "TIME", "TIMESTAMP", "DECIMAL":
			if len(mods) == 0 {
				return sql
			}
		}
	}
	name, _ := catalog.CanonicalType(d, sql, mods)
	return name
}

// nativeType resolves a @db.X attribute to an SQL spelling and modifiers.
func (l *lowerer) nativeType(a *Attribute, scalar string) (string, []int, bool) {
	name := strings.TrimPrefix(a.Name, l.nativePrefix)
	sql, ok := nativeTypes[l.dialect][name]
	if !ok {
		l.errorf(a.Span.Start, "native type %s is not supported by the %s provider", "@"+a.Name, l.provider)
		return "", nil, false
	}
	var mods []int
	for _, arg := range a.Args {
		n, ok := arg.Value.(*NumberLit)
		if !ok {
			l.errorf(arg.Span.Start, "the arguments of @%s must be numbers", a.Name)
			return "", nil, false
		}
		v, err := strconv.Atoi(n.Value)
		if err != nil {
			l.errorf(arg.Span.Start, "the argument %q of @%s is not an integer", n.Value, a.Name)
			return "", nil, false
		}
		mods = append(mods, v)
	}
	if l.dialect == catalog.MySQL && name == "TinyInt" && scalar == "Boolean" {
		return "BOOLEAN", nil, true // Prisma renders a Boolean TINYINT as BOOLEAN, i.e. TINYINT(1)
	}
	return sql, mods, true
}

// enumType is the column type of an enum field.
func (l *lowerer) enumType(f *Field, ei *enumInfo) catalog.Type {
	switch l.dialect {
	case catalog.Postgres:
		return catalog.Type{Name: catalog.QuoteIdent(ei.dbName), Array: f.Type.List, Enum: ei.dbName, EnumSchema: ei.schema}
	case catalog.MySQL:
		vals := make([]string, len(ei.e.Values))
		for i, v := range ei.e.Values {
			vals[i] = quoteString(ei.values[v.Name])
		}
		return catalog.Type{Name: "ENUM(" + strings.Join(vals, ",") + ")", Enum: ei.e.Name}
	}
	return catalog.Type{Name: "TEXT"}
}

// unsupportedType is the column type of an Unsupported("…") field: the SQL
// as written, canonicalised like replayed SQL would be.
func (l *lowerer) unsupportedType(f *Field) catalog.Type {
	name, ok := catalog.CanonicalType(l.dialect, f.Type.Unsupported, nil)
	// Prisma writes the type as given (SQLite keeps it so, too).
	return catalog.Type{Name: name, Array: f.Type.List, Unsupported: !ok, Text: f.Type.Unsupported}
}

// sqlTypeName is the type as Prisma writes it in a cast (arrays' defaults).
func sqlTypeName(t catalog.Type) string {
	if t.Enum != "" && strings.HasPrefix(t.Name, `"`) {
		if t.EnumSchema != "" {
			return catalog.QuoteIdent(t.EnumSchema) + "." + t.Name
		}
	}
	return t.Spelling()
}

// quoteString is an SQL string literal with single quotes doubled.
func quoteString(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }
