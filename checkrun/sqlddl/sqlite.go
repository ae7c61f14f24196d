package sqlddl

import (
	"context"
	"database/sql"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"weak"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/migsync/migsync/checkrun/catalog"
)

// The SQLite replay does not parse DDL itself: it runs each statement in a
// private in-memory SQLite database (modernc.org/sqlite, pure Go) and reads
// the schema back after every statement that changed it, so SQLite's own
// semantics apply (Prisma's RedefineTables pattern, ALTER TABLE … RENAME,
// implicit indexes, double-quoted string literals). The script is split into
// statements by the lexer in util_lines.go so that each object can be traced
// to the statement (file:line) that created or last redefined it.
//
// One database lives behind each catalogue being replayed, so that
// successive ReplayOne calls see the previous migrations; it is closed when
// the catalogue is garbage-collected (or by releaseSQLite).

// Resource bounds for hostile migrations.
const (
	sqliteStatementTimeout = 5 * time.Second  // one statement
	sqliteMigrationBudget  = 30 * time.Second // one migration.sql
	sqliteMaxPages         = 16384            // × 4 KiB pages: 64 MiB per database
	sqliteMaxLength        = 16 << 20         // largest string or blob value
)

// sqliteSession is the in-memory database behind one catalogue.
type sqliteSession struct {
	mu     sync.Mutex
	db     *sql.DB
	conn   *sql.Conn
	master map[string]masterRow // sqlite_master as last read, by masterKey
	ver    int64                // PRAGMA schema_version as last read
	saved  []masterRow          // the schema while suspended (conn == nil)
	// pkRefs holds the tables (lower case) with a key written "REFERENCES t"
	// without columns.
	pkRefs map[string]bool
	// writable: the migration has set PRAGMA writable_schema on (see
	// writableSchema); gate lets the replay itself switch it.
	writable bool
	gate     *sqliteGate
}

// sqliteGate is shared by a session and its database's authorizer.
type sqliteGate struct {
	internal atomic.Bool // the replay itself is switching writable_schema
}

// masterRow is one row of sqlite_master.
type masterRow struct {
	Type, Name, Table, SQL string
}

func masterKey(typ, name string) string { return typ + "\x00" + strings.ToLower(name) }

var sqliteSessions = struct {
	sync.Mutex
	m map[weak.Pointer[catalog.Catalog]]*sqliteSession
}{m: map[weak.Pointer[catalog.Catalog]]*sqliteSession{}}

// sqliteSessionFor returns the database behind cat, opening it on first use.
func sqliteSessionFor(cat *catalog.Catalog) (*sqliteSession, error) {
	key := weak.Make(cat)
	sqliteSessions.Lock()
	defer sqliteSessions.Unlock()
	if s := sqliteSessions.m[key]; s != nil {
		return s, nil
	}
	s, err := openSQLiteSession()
	if err != nil {
		return nil, err
	}
	sqliteSessions.m[key] = s
	runtime.AddCleanup(cat, func(k weak.Pointer[catalog.Catalog]) {
		sqliteSessions.Lock()
		s := sqliteSessions.m[k]
		delete(sqliteSessions.m, k)
		sqliteSessions.Unlock()
		if s != nil {
			s.close()
		}
	}, key)
	return s, nil
}

// Release frees what the replay holds between ReplayOne calls on cat: the
// in-memory SQLite database behind a SQLite catalogue. Calling it when done
// with a catalogue is optional (the database is closed when cat is
// garbage-collected) but keeps memory bounded in a long-running process. A
// later ReplayOne on cat still works: the schema is restored into a new
// database, without the rows earlier migrations inserted.
func Release(cat *catalog.Catalog) {
	sqliteSessions.Lock()
	s := sqliteSessions.m[weak.Make(cat)]
	sqliteSessions.Unlock()
	if s != nil {
		s.mu.Lock()
		s.suspend()
		s.mu.Unlock()
	}
}

// suspend keeps the schema's SQL and closes the database.
func (s *sqliteSession) suspend() {
	if s.conn == nil {
		return
	}
	rows, err := s.readMaster(context.Background())
	if err == nil {
		s.saved = rows
	}
	s.close()
	s.conn, s.db = nil, nil
}

// resume opens a new database holding the saved schema: tables, then
// indexes, views and triggers, each in creation order.
func (s *sqliteSession) resume() error {
	fresh, err := openSQLiteSession()
	if err != nil {
		return err
	}
	ctx := context.Background()
	for _, typ := range []string{"table", "index", "view", "trigger"} {
		for _, r := range s.saved {
			if r.Type != typ || r.SQL == "" || r.Type == "table" && isIgnoredSQLiteTable(r.Name) {
				continue
			}
			var err error
			if sqliteReserved(r.Name) {
				err = fresh.withWritableSchema(func() error { _, err := fresh.conn.ExecContext(ctx, r.SQL); return err })
			} else {
				_, err = fresh.conn.ExecContext(ctx, r.SQL)
			}
			if err != nil {
				fresh.close()
				return fmt.Errorf("restoring %s %s: %w", r.Type, r.Name, err)
			}
		}
	}
	if err := fresh.conn.QueryRowContext(ctx, "PRAGMA schema_version").Scan(&s.ver); err != nil {
		fresh.close()
		return err
	}
	s.db, s.conn, s.saved, s.gate = fresh.db, fresh.conn, nil, fresh.gate
	return nil
}

// releaseSQLite closes the database behind cat and forgets it; a later
// ReplayOne on cat starts from an empty database (tests use it).
func releaseSQLite(cat *catalog.Catalog) {
	key := weak.Make(cat)
	sqliteSessions.Lock()
	s := sqliteSessions.m[key]
	delete(sqliteSessions.m, key)
	sqliteSessions.Unlock()
	if s != nil {
		s.close()
	}
}

func openSQLiteSession() (*sqliteSession, error) {
	// _dqs=1: double-quoted strings are accepted as literals, as by the SQLite
	// Prisma's engine bundles (pingvin-share and teable rely on it).
	db, err := sql.Open("sqlite", "file::memory:?_dqs=1")
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	ctx := context.Background()
	conn, err := db.Conn(ctx)
	if err != nil {
		db.Close()
		return nil, err
	}
	s := &sqliteSession{db: db, conn: conn, master: map[string]masterRow{}, pkRefs: map[string]bool{}, gate: &sqliteGate{}}
	if err := s.harden(ctx); err != nil {
		s.close()
		return nil, err
	}
	return s, nil
}

// harden bounds the database's size and denies statements that reach
// outside it (ATTACH writes files) or lift the bounds.
func (s *sqliteSession) harden(ctx context.Context) error {
	if _, err := s.conn.ExecContext(ctx, fmt.Sprintf("PRAGMA max_page_count = %d", sqliteMaxPages)); err != nil {
		return err
	}
	if _, err := sqlite.Limit(s.conn, sqlite3.SQLITE_LIMIT_LENGTH, sqliteMaxLength); err != nil {
		return err
	}
	return s.conn.Raw(func(dc any) error {
		r, ok := dc.(sqlite.AuthorizerRegisterer)
		if !ok {
			return fmt.Errorf("sqlite driver has no authorizer")
		}
		gate := s.gate
		return r.RegisterAuthorizer(func(action sqlite.AuthorizerActionCode, arg1, arg2, arg3, arg4 string) sqlite.AuthorizerReturnCode {
			if action == sqlite.AuthPragma && strings.EqualFold(arg1, "writable_schema") && gate.internal.Load() {
				return sqlite.AuthorizerOK
			}
			return sqliteAuthorize(action, arg1, arg2, arg3, arg4)
		})
	})
}

// writableSchema recognises PRAGMA [schema.]writable_schema = value and
// reports the value asked for; ok is false for any other statement.
//
// A migration may not set writable_schema itself: with it on, a statement
// could rewrite sqlite_master and corrupt the working database. But
// Prisma's own SQLite migrations set it around a CREATE INDEX under a
// reserved sqlite_autoindex_* name (a database introspected with prisma db
// pull keeps those names), and Prisma's shadow database runs them. So the
// replay records the setting and, while it is on, runs each schema
// statement (CREATE, DROP, ALTER) with writable_schema on, which lifts the
// reserved-name check; data statements still run without it, so they
// cannot write sqlite_master.
func writableSchema(text string) (on, ok bool) {
	if !strings.Contains(strings.ToLower(text), "writable_schema") {
		return false, false // the common case, without tokenizing
	}
	toks := tokenize(text, lexSQLite)
	if len(toks) >= 3 && toks[0].is("pragma") && toks[2].punct('.') {
		toks = append(toks[:1:1], toks[3:]...)
	}
	if len(toks) < 4 || !toks[0].is("pragma") || !strings.EqualFold(toks[1].ident(), "writable_schema") {
		return false, false
	}
	v := toks[3]
	if toks[2].punct('(') || toks[2].punct('=') {
		switch strings.ToLower(v.ident()) {
		case "1", "on", "true", "yes":
			return true, true
		}
		return false, true
	}
	return false, false
}

// sqliteReserved reports a name SQLite keeps for itself (sqlite_…).
func sqliteReserved(name string) bool {
	return len(name) >= 7 && strings.EqualFold(name[:7], "sqlite_")
}

// isSchemaStatement reports CREATE, DROP and ALTER statements.
func isSchemaStatement(text string) bool {
	toks := tokenize(text, lexSQLite)
	return len(toks) > 0 && (toks[0].is("create") || toks[0].is("drop") || toks[0].is("alter"))
}

// withWritableSchema runs f with PRAGMA writable_schema on.
func (s *sqliteSession) withWritableSchema(f func() error) error {
	s.gate.internal.Store(true)
	defer s.gate.internal.Store(false)
	ctx := context.Background()
	if _, err := s.conn.ExecContext(ctx, "PRAGMA writable_schema = ON"); err != nil {
		return err
	}
	defer s.conn.ExecContext(ctx, "PRAGMA writable_schema = OFF")
	return f()
}

// sqliteDeniedPragmas are pragmas a migration may not run in the replay
// database: they raise its bounds or change process-wide state.
var sqliteDeniedPragmas = map[string]bool{
	"max_page_count": true, "page_size": true, "hard_heap_limit": true, "soft_heap_limit": true,
	"temp_store_directory": true, "data_store_directory": true, "threads": true,
	"writable_schema": true, "mmap_size": true, "cache_size": true, "journal_mode": true,
}

// sqliteAuthorize is the replay database's authorizer. For AuthPragma arg1 is
// the pragma's name; for AuthFunction arg2 is the function's name.
func sqliteAuthorize(action sqlite.AuthorizerActionCode, arg1, arg2, _, _ string) sqlite.AuthorizerReturnCode {
	switch action {
	case sqlite.AuthAttach, sqlite.AuthDetach:
		return sqlite.AuthorizerDeny
	case sqlite.AuthPragma:
		if sqliteDeniedPragmas[strings.ToLower(arg1)] {
			return sqlite.AuthorizerDeny
		}
	case sqlite.AuthFunction:
		if strings.EqualFold(arg2, "load_extension") {
			return sqlite.AuthorizerDeny
		}
	}
	return sqlite.AuthorizerOK
}

// close closes the database.
func (s *sqliteSession) close() {
	if s.conn != nil {
		s.conn.Close()
	}
	if s.db != nil {
		s.db.Close()
	}
}

// replaySQLite runs one migration in the catalogue's SQLite database and
// brings cat up to date with the schema SQLite reports after it.
func replaySQLite(cat *catalog.Catalog, m Migration) []Notice {
	sess, err := sqliteSessionFor(cat)
	if err != nil {
		return []Notice{{Pos: catalog.Pos{File: m.Path, Line: 1}, Message: "cannot open the SQLite replay database: " + err.Error(), Error: true}}
	}
	sess.mu.Lock()
	defer sess.mu.Unlock()
	if sess.conn == nil {
		if err := sess.resume(); err != nil {
			return []Notice{{Pos: catalog.Pos{File: m.Path, Line: 1}, Message: "cannot restore the SQLite replay database: " + err.Error(), Error: true}}
		}
	}
	src := string(m.SQL)
	var notices []Notice
	deadline := time.Now().Add(sqliteMigrationBudget)
	for st := range statements(src, lexSQLite) {
		pos := catalog.Pos{File: m.Path, Line: st.Line, EndLine: st.EndLine}
		if time.Now().After(deadline) {
			notices = append(notices, Notice{Pos: pos, Message: "the migration took too long to replay; the rest of it was skipped", Statement: clipStatement(st.Text), Error: true})
			break
		}
		if on, ok := writableSchema(st.Text); ok {
			sess.writable = on
			continue
		}
		var err error
		if sess.writable && isSchemaStatement(st.Text) {
			err = sess.withWritableSchema(func() error { return sess.exec(st.Text) })
		} else {
			err = sess.exec(st.Text)
		}
		if err != nil {
			notices = append(notices, Notice{Pos: pos, Message: "SQLite: " + sqliteErrText(err), Statement: clipStatement(st.Text), Error: true})
		}
		if err := sess.refresh(cat, &stmtContext{src: src, path: m.Path, st: st}); err != nil {
			notices = append(notices, Notice{Pos: pos, Message: "cannot read the schema back from SQLite: " + sqliteErrText(err), Statement: clipStatement(st.Text), Error: true})
		}
	}
	return notices
}

// exec runs one statement with a time bound.
func (s *sqliteSession) exec(text string) error {
	ctx, cancel := context.WithTimeout(context.Background(), sqliteStatementTimeout)
	defer cancel()
	_, err := s.conn.ExecContext(ctx, text)
	if err != nil && ctx.Err() != nil {
		return fmt.Errorf("statement interrupted after %s", sqliteStatementTimeout)
	}
	return err
}

// sqliteErrText trims the driver's decoration from an error.
func sqliteErrText(err error) string {
	msg := err.Error()
	// modernc errors end with the numeric result code, e.g. " (1)".
	if i := strings.LastIndex(msg, " ("); i > 0 && strings.HasSuffix(msg, ")") {
		msg = msg[:i]
	}
	return strings.TrimPrefix(msg, "SQL logic error: ")
}
