package catalog

import "strings"

// QuoteIdent quotes an identifier the standard way, as PostgreSQL and SQLite
// read it: in double quotes, a double quote inside doubled ("we""ird"). It
// always quotes: the quoted spelling is also the canonical one of enum type
// names in a catalogue. Every engine package and db-check quote through it.
func QuoteIdent(s string) string {
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}

// QuoteMySQLIdent quotes an identifier for MySQL and MariaDB: in backticks,
// a backtick inside doubled.
func QuoteMySQLIdent(s string) string {
	return "`" + strings.ReplaceAll(s, "`", "``") + "`"
}
