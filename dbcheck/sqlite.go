package dbcheck

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	_ "modernc.org/sqlite" // the "sqlite" database/sql driver

	"github.com/migsync/migsync/checkrun/catalog"
	"github.com/migsync/migsync/checkrun/sqlddl"
)

// sqliteSession is a read-only connection to a SQLite file.
type sqliteSession struct {
	db *sql.DB
	tx *sql.Tx
}

// openSQLite opens the file with mode=ro (SQLite refuses every write and
// never creates the file) and query_only, inside one read transaction. The
// file may change under us (a live application), so it is not opened
// immutable.
func openSQLite(ctx context.Context, t *Target, limits Limits) (*sqliteSession, error) {
	info, err := os.Stat(t.file)
	if err != nil {
		if os.IsNotExist(err) {
			return nil, &ConnError{Target: t.String(), Reason: "the SQLite file does not exist"}
		}
		return nil, &ConnError{Target: t.String(), Reason: err.Error()}
	}
	if info.IsDir() {
		return nil, &ConnError{Target: t.String(), Reason: "it is a folder, not a SQLite file"}
	}
	abs, err := filepath.Abs(t.file)
	if err != nil {
		return nil, &ConnError{Target: t.String(), Reason: err.Error()}
	}
	dsn := "file:" + (&url.URL{Path: filepath.ToSlash(abs)}).EscapedPath() +
		fmt.Sprintf("?mode=ro&_pragma=query_only(1)&_pragma=busy_timeout(%d)", limits.Lock.Milliseconds())
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, &ConnError{Target: t.String(), Reason: err.Error()}
	}
	db.SetMaxOpenConns(1)
	tx, err := db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		db.Close()
		return nil, &ConnError{Target: t.String(), Reason: err.Error()}
	}
	var n int
	if err := tx.QueryRowContext(ctx, "SELECT COUNT(*) FROM sqlite_master").Scan(&n); err != nil {
		tx.Rollback()
		db.Close()
		return nil, &ConnError{Target: t.String(), Reason: "not a SQLite database: " + err.Error()}
	}
	return &sqliteSession{db: db, tx: tx}, nil
}

// Close ends the read transaction and closes the file.
func (s *sqliteSession) Close() {
	s.tx.Rollback()
	s.db.Close()
}

// History reads _prisma_migrations; ok is false when the table does not exist.
func (s *sqliteSession) History(ctx context.Context) ([]MigrationRow, bool, error) {
	return sqlHistory(ctx, s.tx, `SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'`,
		`SELECT id, checksum, finished_at, migration_name, COALESCE(logs, ''), rolled_back_at, started_at,
		applied_steps_count FROM _prisma_migrations ORDER BY started_at, migration_name`)
}

// Catalog reads the schema as SQLite keeps it — the CREATE statements
// themselves, in sqlite_master — and replays them with the migrations'
// replay, so both sides get exactly the same canonical forms.
func (s *sqliteSession) Catalog(ctx context.Context) (*catalog.Catalog, error) {
	rs, err := s.tx.QueryContext(ctx, `SELECT type, name, tbl_name, sql FROM sqlite_master
		WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite\_%' ESCAPE '\' AND tbl_name <> '_prisma_migrations'
		ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 WHEN 'view' THEN 2 ELSE 3 END, rowid`)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var script strings.Builder
	for rs.Next() {
		var typ, name, tbl, text string
		if err := rs.Scan(&typ, &name, &tbl, &text); err != nil {
			return nil, err
		}
		script.WriteString(strings.TrimRight(strings.TrimSpace(text), ";"))
		script.WriteString(";\n")
	}
	if err := rs.Err(); err != nil {
		return nil, err
	}
	cat, notices := sqlddl.Replay(catalog.SQLite, []sqlddl.Migration{{Name: "sqlite_master", Path: "sqlite_master", SQL: []byte(script.String())}})
	for _, n := range notices {
		if n.Error {
			return nil, fmt.Errorf("reading the schema: %s", n.Message)
		}
	}
	clearPositions(cat)
	cat.Sort()
	return cat, nil
}

// clearPositions forgets the replay's positions (lines of the pseudo-script
// above): a live database object has no place in the repository.
func clearPositions(c *catalog.Catalog) {
	for _, t := range c.Tables {
		t.Pos = catalog.Pos{}
		for _, col := range t.Columns {
			col.Pos = catalog.Pos{}
			if col.Default != nil {
				col.Default.Pos = catalog.Pos{}
			}
		}
		if t.PrimaryKey != nil {
			t.PrimaryKey.Pos = catalog.Pos{}
		}
		for _, ix := range t.Indexes {
			ix.Pos = catalog.Pos{}
		}
		for _, fk := range t.ForeignKeys {
			fk.Pos = catalog.Pos{}
		}
		for _, ck := range t.Checks {
			ck.Pos = catalog.Pos{}
		}
		for _, tr := range t.Triggers {
			tr.Pos = catalog.Pos{}
		}
	}
	for _, v := range c.Views {
		v.Pos = catalog.Pos{}
	}
	for _, e := range c.Enums {
		e.Pos = catalog.Pos{}
	}
}
