package catalog

import (
	"strconv"
	"strings"
)

// CanonicalType turns a SQL type name and its integer modifiers, as written in
// a migration or reported by a database, into the canonical Type.Name for the
// dialect. It also accepts Prisma's own rendering (for example "DOUBLE
// PRECISION" or "TIMESTAMP(3)" with nil mods: modifiers written inside the name
// are parsed), so lowering, replay and introspection share one spelling.
// The second result is false when the name is not one Prisma Migrate can
// produce (it is then kept upper-cased, and the column is Unsupported).
//
// PostgreSQL: TEXT, VARCHAR(n)|VARCHAR, CHAR(n), INTEGER, SMALLINT, BIGINT,
// REAL, DOUBLE PRECISION, DECIMAL(p,s)|DECIMAL, MONEY, BOOLEAN, DATE,
// TIMESTAMP(p), TIMESTAMPTZ(p), TIME(p), TIMETZ(p) (p defaults to 6), JSON,
// JSONB, BYTEA, UUID, XML, INET, CITEXT, OID, BIT(n) (n defaults to 1),
// VARBIT(n)|VARBIT. SERIAL types are returned as their integer type; the
// caller adds the sequence default.
//
// MySQL: INT, SMALLINT, TINYINT, MEDIUMINT, BIGINT (display widths dropped,
// except TINYINT(1), which is Prisma's Boolean), [UNSIGNED] suffix, FLOAT,
// DOUBLE, DECIMAL(p,s), CHAR(n), VARCHAR(n), TEXT kinds, BLOB kinds, BINARY(n),
// VARBINARY(n), BIT(n), DATE, DATETIME(p), TIMESTAMP(p), TIME(p) (p defaults
// to 0), YEAR, JSON, ENUM(…) (handled by the caller).
//
// SQLite: the declared type upper-cased with spaces collapsed; SQLite keeps
// declared types verbatim.
func CanonicalType(d Dialect, name string, mods []int) (string, bool) {
	base, inner := splitMods(name)
	if mods == nil {
		mods = inner
	}
	base = strings.Join(strings.Fields(strings.ToUpper(base)), " ")
	base = strings.TrimPrefix(base, "PG_CATALOG.")
	switch d {
	case Postgres:
		return canonicalPostgres(base, mods)
	case MySQL:
		return canonicalMySQL(base, mods)
	case SQLite:
		if len(mods) > 0 {
			return base + "(" + joinInts(mods) + ")", true
		}
		return base, true
	}
	return base, false
}

// IsSerial reports whether a PostgreSQL type name is a SERIAL pseudo-type.
func IsSerial(name string) bool {
	switch strings.ToLower(strings.TrimPrefix(strings.ToLower(name), "pg_catalog.")) {
	case "serial", "serial4", "bigserial", "serial8", "smallserial", "serial2":
		return true
	}
	return false
}

func splitMods(name string) (string, []int) {
	open := strings.IndexByte(name, '(')
	if open < 0 {
		return name, nil
	}
	close := strings.IndexByte(name[open:], ')')
	if close < 0 {
		return name, nil
	}
	close += open
	var mods []int
	for _, p := range strings.Split(name[open+1:close], ",") {
		n, err := strconv.Atoi(strings.TrimSpace(p))
		if err != nil {
			return name, nil
		}
		mods = append(mods, n)
	}
	// "TIMESTAMP(3) WITH TIME ZONE": keep the words after the modifiers.
	rest := strings.TrimSpace(name[close+1:])
	base := strings.TrimSpace(name[:open])
	if rest != "" {
		base += " " + rest
	}
	return base, mods
}

func joinInts(v []int) string {
	s := make([]string, len(v))
	for i, n := range v {
		s[i] = strconv.Itoa(n)
	}
	return strings.Join(s, ",")
}

func withMods(base string, mods []int) string {
	if len(mods) == 0 {
		return base
	}
	return base + "(" + joinInts(mods) + ")"
}

func precision(base string, mods []int, def int) string {
	p := def
	if len(mods) > 0 {
		p = mods[0]
	}
	return base + "(" + strconv.Itoa(p) + ")"
}

func canonicalPostgres(base string, mods []int) (string, bool) {
	switch base {
	case "TEXT":
		return "TEXT", true
	case "VARCHAR", "CHARACTER VARYING":
		return withMods("VARCHAR", mods), true
	case "CHAR", "CHARACTER", "BPCHAR":
		return precision("CHAR", mods, 1), true
	case "INT", "INT4", "INTEGER", "SERIAL", "SERIAL4":
		return "INTEGER", true
	case "INT2", "SMALLINT", "SMALLSERIAL", "SERIAL2":
		return "SMALLINT", true
	case "INT8", "BIGINT", "BIGSERIAL", "SERIAL8":
		return "BIGINT", true
	case "FLOAT4", "REAL":
		return "REAL", true
	case "FLOAT8", "DOUBLE PRECISION":
		return "DOUBLE PRECISION", true
	case "FLOAT":
		if len(mods) > 0 && mods[0] <= 24 {
			return "REAL", true
		}
		return "DOUBLE PRECISION", true
	case "NUMERIC", "DECIMAL":
		if len(mods) == 1 {
			mods = []int{mods[0], 0}
		}
		return withMods("DECIMAL", mods), true
	case "MONEY":
		return "MONEY", true
	case "BOOL", "BOOLEAN":
		return "BOOLEAN", true
	case "DATE":
		return "DATE", true
	case "TIMESTAMP", "TIMESTAMP WITHOUT TIME ZONE":
		return precision("TIMESTAMP", mods, 6), true
	case "TIMESTAMPTZ", "TIMESTAMP WITH TIME ZONE":
		return precision("TIMESTAMPTZ", mods, 6), true
	case "TIME", "TIME WITHOUT TIME ZONE":
		return precision("TIME", mods, 6), true
	case "TIMETZ", "TIME WITH TIME ZONE":
		return precision("TIMETZ", mods, 6), true
	case "JSON":
		return "JSON", true
	case "JSONB":
		return "JSONB", true
	case "BYTEA":
		return "BYTEA", true
	case "UUID":
		return "UUID", true
	case "XML":
		return "XML", true
	case "INET":
		return "INET", true
	case "CITEXT":
		return "CITEXT", true
	case "OID":
		return "OID", true
	case "BIT":
		return precision("BIT", mods, 1), true
	case "VARBIT", "BIT VARYING":
		return withMods("VARBIT", mods), true
	}
	return withMods(base, mods), false
}

func canonicalMySQL(base string, mods []int) (string, bool) {
	unsigned := ""
	if strings.HasSuffix(base, " UNSIGNED") || strings.HasSuffix(base, " UNSIGNED ZEROFILL") {
		unsigned = " UNSIGNED"
		base = strings.TrimSuffix(strings.TrimSuffix(base, " ZEROFILL"), " UNSIGNED")
	}
	switch base {
	case "INT", "INTEGER":
		return "INT" + unsigned, true
	case "TINYINT":
		if len(mods) > 0 && mods[0] == 1 && unsigned == "" {
			return "TINYINT(1)", true
		}
		return "TINYINT" + unsigned, true
	case "BOOL", "BOOLEAN":
		return "TINYINT(1)", true
	case "SMALLINT", "MEDIUMINT", "BIGINT":
		return base + unsigned, true
	case "FLOAT", "DOUBLE", "DOUBLE PRECISION", "REAL":
		if base != "FLOAT" {
			base = "DOUBLE"
		}
		return base + unsigned, true
	case "DECIMAL", "NUMERIC", "DEC", "FIXED":
		switch len(mods) {
		case 0:
			mods = []int{10, 0}
		case 1:
			mods = []int{mods[0], 0}
		}
		return withMods("DECIMAL", mods) + unsigned, true
	case "CHAR", "CHARACTER":
		return precision("CHAR", mods, 1), true
	case "VARCHAR", "CHARACTER VARYING":
		return withMods("VARCHAR", mods), true
	case "BINARY":
		return precision("BINARY", mods, 1), true
	case "VARBINARY":
		return withMods("VARBINARY", mods), true
	case "BIT":
		return precision("BIT", mods, 1), true
	case "TINYTEXT", "TEXT", "MEDIUMTEXT", "LONGTEXT", "TINYBLOB", "BLOB", "MEDIUMBLOB", "LONGBLOB", "JSON", "DATE", "YEAR":
		return base, true
	case "DATETIME", "TIMESTAMP", "TIME":
		return precision(base, mods, 0), true
	}
	return withMods(base, mods) + unsigned, false
}
