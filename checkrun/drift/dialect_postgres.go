package drift

import (
	"sort"
	"strings"

	"github.com/migsync/migsync/checkrun/catalog"
)

// postgresDialect is PostgreSQL (and CockroachDB, which the catalogue
// checks as PostgreSQL): named enum types, extensions, schemas, and an
// ALTER that renames indexes, keys and constraints.
type postgresDialect struct{ pgRenderer }

func (postgresDialect) enumTypes() bool                  { return true }
func (postgresDialect) extensions() bool                 { return true }
func (postgresDialect) schemas() bool                    { return true }
func (postgresDialect) indexesInCreateTable() bool       { return false }
func (postgresDialect) foreignKeysInCreateTable() bool   { return false }
func (postgresDialect) redefinesTables() bool            { return false }
func (postgresDialect) canRenameIndex() bool             { return true }
func (postgresDialect) canRenameForeignKey() bool        { return true }
func (postgresDialect) namedPrimaryKeys() bool           { return true }
func (postgresDialect) unnamedForeignKeys() bool         { return false }
func (postgresDialect) foreignKeyIndexes() bool          { return false }
func (postgresDialect) comparesJSONDefaults() bool       { return true }
func (postgresDialect) opclasses() bool                  { return true }
func (postgresDialect) fkColumnsMayBecomeRequired() bool { return false }

func (postgresDialect) sortIndexes(l []*catalog.Index) { sortByName(l) }

// autoincrement: a sequence default (SERIAL, or an identity).
func (postgresDialect) autoincrement(c *catalog.Column) bool {
	return c.Default != nil && c.Default.Kind == catalog.DefaultSequence
}

func (p postgresDialect) autoincrementChanged(w, h *catalog.Column) bool {
	return p.autoincrement(w) != p.autoincrement(h)
}

func (postgresDialect) columnTypeChange(w, h catalog.Type) (changed, notCastable bool) {
	return pgTypeChange(w, h)
}

func (postgresDialect) defaultText(c *catalog.Column) string { return defaultString(c.Default) }

// sortByName orders indexes by name, as the PostgreSQL and MySQL describers
// list them.
func sortByName(l []*catalog.Index) {
	sort.SliceStable(l, func(i, j int) bool { return l[i].Name < l[j].Name })
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
