package prisma

import (
	"strings"
	"unicode/utf8"
)

// Default constraint names, following Prisma's ConstraintNames: derived from
// database names (the mapped table and column names), PostgreSQL style, and
// cut to the connector's identifier limit in bytes, never inside a UTF-8
// character.

// primaryKeyName is "<table>_pkey".
func primaryKeyName(table string, limit int) string {
	if len(table) >= limit-5 {
		table = truncateBytes(table, limit-5)
	}
	return table + "_pkey"
}

// uniqueIndexName is "<table>_<cols>_key".
func uniqueIndexName(table string, cols []string, limit int) string {
	return indexName(table, cols, "_key", limit)
}

// plainIndexName is "<table>_<cols>_idx".
func plainIndexName(table string, cols []string, limit int) string {
	return indexName(table, cols, "_idx", limit)
}

func indexName(table string, cols []string, suffix string, limit int) string {
	s := table + "_" + strings.Join(cols, "_")
	if len(s) >= limit-len(suffix) {
		s = truncateBytes(s, limit-len(suffix))
	}
	return s + suffix
}

// foreignKeyName is "<table>_<cols>_fkey", table being the referencing one.
func foreignKeyName(table string, cols []string, limit int) string {
	s := table + "_" + strings.Join(cols, "_")
	if len(s) >= limit-5 {
		s = truncateBytes(s, limit-5)
	}
	return s + "_fkey"
}

// truncateBytes cuts s to at most n bytes on a character boundary.
func truncateBytes(s string, n int) string {
	if n >= len(s) {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// truncateChars cuts s to at most n characters (join table names are cut by
// characters, not bytes).
func truncateChars(s string, n int) string {
	i := 0
	for pos := range s {
		if i == n {
			return s[:pos]
		}
		i++
	}
	return s
}

// joinTableNames are the names Prisma gives an implicit many-to-many table
// and its constraints.
type joinTableNames struct {
	table, pkey, unique, bIndex, aFkey, bFkey string
}

// joinNames derives the join table names from the relation name.
func joinNames(relation string, limit int) joinTableNames {
	table := truncateChars("_"+relation, limit)
	maxFK := limit - len("_fkey") - 2
	fkBase := table
	if len(fkBase) > maxFK {
		fkBase = fkBase[:maxFK]
	}
	return joinTableNames{
		table:  table,
		pkey:   truncateChars(table, limit-len("_AB_pkey")) + "_AB_pkey",
		unique: truncateChars(table, limit-len("_AB_unique")) + "_AB_unique",
		bIndex: truncateChars(table, limit-len("_B_index")) + "_B_index",
		aFkey:  fkBase + "_A_fkey",
		bFkey:  fkBase + "_B_fkey",
	}
}

// serialSequenceName is the name PostgreSQL gives the sequence of a SERIAL
// column (makeObjectName in its source): "<table>_<column>_seq", with the
// longer of table and column shortened, a byte at a time, until the name
// fits in 63 bytes.
func serialSequenceName(table, column string) string {
	const maxLen = 63
	avail := maxLen - len("_seq") - 1
	n1, n2 := len(table), len(column)
	for n1+n2 > avail {
		if n1 > n2 {
			n1--
		} else {
			n2--
		}
	}
	return truncateBytes(table, n1) + "_" + truncateBytes(column, n2) + "_seq"
}
