// Package myquery reads the parts of a MySQL or MariaDB catalogue that
// db-check and the replay's differential test (checkrun/sqlddl) both read:
// the test must see a database the way db-check does, not through a copy
// that drifts from it. It links no driver; the caller brings the connection.
package myquery

import (
	"context"
	"database/sql"
	"strconv"
	"strings"

	"github.com/migsync/migsync/checkrun/catalog"
)

// Querier is what Rows needs of a connection: *sql.DB, *sql.Conn or *sql.Tx.
type Querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// Rows runs a query and returns every row as strings (NULL is !Valid).
func Rows(ctx context.Context, q Querier, query string, args ...any) ([][]sql.NullString, error) {
	rs, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	cols, err := rs.Columns()
	if err != nil {
		return nil, err
	}
	var out [][]sql.NullString
	for rs.Next() {
		row := make([]sql.NullString, len(cols))
		ptrs := make([]any, len(cols))
		for i := range row {
			ptrs[i] = &row[i]
		}
		if err := rs.Scan(ptrs...); err != nil {
			return nil, err
		}
		out = append(out, row)
	}
	return out, rs.Err()
}

// Indexes lists the key parts of every index of the current database (but
// Prisma's _prisma_migrations), in order: table, index, NON_UNIQUE, column
// (NULL for a functional key part), prefix length, collation ("D" for
// descending) and index type. AddIndexes reads its rows.
const Indexes = `SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, SUB_PART, COLLATION, INDEX_TYPE
		FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME <> '_prisma_migrations'
		ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX`

// AddIndexes adds the primary keys and indexes of Indexes' rows to the
// catalogue's tables; rows of tables it does not have are skipped.
func AddIndexes(cat *catalog.Catalog, rows [][]sql.NullString) {
	for _, r := range rows {
		tb := cat.Table("", r[0].String)
		if tb == nil {
			continue
		}
		ic := catalog.IndexColumn{Name: r[3].String}
		if !r[3].Valid {
			ic.Expression = true // a functional key part (MySQL 8)
		}
		if r[4].Valid {
			ic.Length, _ = strconv.Atoi(r[4].String)
		}
		if r[5].String == "D" {
			ic.Sort = "DESC"
		}
		if r[1].String == "PRIMARY" {
			if tb.PrimaryKey == nil {
				tb.PrimaryKey = &catalog.PrimaryKey{}
			}
			tb.PrimaryKey.Columns = append(tb.PrimaryKey.Columns, ic)
			continue
		}
		ix := tb.Index(catalog.MySQL, r[1].String)
		if ix == nil {
			ix = &catalog.Index{Name: r[1].String, Unique: r[2].String == "0"}
			if r[6].String == "FULLTEXT" || r[6].String == "SPATIAL" {
				ix.Method = r[6].String
			}
			tb.Indexes = append(tb.Indexes, ix)
		}
		ix.Columns = append(ix.Columns, ic)
	}
}

// ForeignKeys lists the columns of every foreign key of the current
// database, in order: table, constraint, column, referenced table,
// referenced column, DELETE_RULE and UPDATE_RULE. AddForeignKeys reads its
// rows.
const ForeignKeys = `SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, r.DELETE_RULE, r.UPDATE_RULE
		FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r
		  ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME
		WHERE k.TABLE_SCHEMA = DATABASE() ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION`

// AddForeignKeys adds the foreign keys of ForeignKeys' rows to the
// catalogue's tables; rows of tables it does not have are skipped.
func AddForeignKeys(cat *catalog.Catalog, rows [][]sql.NullString) {
	for _, r := range rows {
		tb := cat.Table("", r[0].String)
		if tb == nil {
			continue
		}
		fk := tb.ForeignKey(catalog.MySQL, r[1].String)
		if fk == nil {
			fk = &catalog.ForeignKey{Name: r[1].String, RefTable: r[3].String, OnDelete: Action(r[5].String), OnUpdate: Action(r[6].String)}
			tb.ForeignKeys = append(tb.ForeignKeys, fk)
		}
		fk.Columns = append(fk.Columns, r[2].String)
		fk.RefColumns = append(fk.RefColumns, r[4].String)
	}
}

// Action maps information_schema's referential rules; NO ACTION (the
// default) is "".
func Action(rule string) string {
	switch strings.ToUpper(rule) {
	case "CASCADE":
		return catalog.Cascade
	case "RESTRICT":
		return catalog.Restrict
	case "SET NULL":
		return catalog.SetNull
	case "SET DEFAULT":
		return catalog.SetDefault
	}
	return ""
}

// Type canonicalises information_schema's COLUMN_TYPE ("int(10)
// unsigned", "enum('A','B')", "datetime(3)").
func Type(s string) catalog.Type {
	lower := strings.ToLower(s)
	if strings.HasPrefix(lower, "enum(") {
		return catalog.Type{Name: "ENUM(" + s[len("enum("):]}
	}
	if strings.HasPrefix(lower, "set(") {
		return catalog.Type{Name: "SET(" + s[len("set("):], Unsupported: true}
	}
	// CanonicalType expects the modifiers last: "int unsigned(10)".
	for _, suffix := range []string{" zerofill", " unsigned"} {
		if base, ok := strings.CutSuffix(lower, suffix); ok {
			if i := strings.IndexByte(base, '('); i > 0 {
				lower = base[:i] + suffix + base[i:]
			}
		}
	}
	name, ok := catalog.CanonicalType(catalog.MySQL, lower, nil)
	return catalog.Type{Name: name, Unsupported: !ok}
}
