// Package sqlddl replays Prisma migrations (migration.sql files) onto an empty
// catalogue, statement by statement, remembering which file and line created
// each object. One file per dialect: postgres.go (pg_query_go, the real
// PostgreSQL parser), sqlite.go, mysql.go.
//
// Statements that do not change the schema (DML, DO blocks, functions,
// comments, SET, …) are skipped silently; DDL the replay cannot interpret is
// reported as a Notice with its file and line, never dropped silently.
package sqlddl

import (
	"fmt"
	"sort"

	"github.com/migsync/migsync/checkrun/catalog"
)

// Migration is one migration folder's SQL.
type Migration struct {
	Name string // the folder name, e.g. "20240101000000_init"
	Path string // repository-relative path of migration.sql, used in positions
	SQL  []byte
}

// Notice is a statement the replay could not interpret (or a parse error). It
// is reported, never silently dropped.
type Notice struct {
	Pos       catalog.Pos
	Message   string
	Statement string // the statement text, trimmed to a reasonable length
	// Error is true when the file could not be parsed at all (the migration
	// would also fail in the database).
	Error bool
}

func (n Notice) String() string { return fmt.Sprintf("%s: %s", n.Pos, n.Message) }

// MaxSQLSize is the largest migration.sql the replay accepts; larger files are
// refused with an error Notice (bounded memory on hostile input).
const MaxSQLSize = 8 << 20

// SortMigrations orders migrations as Prisma applies them: by folder name,
// byte-wise ascending.
func SortMigrations(ms []Migration) {
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Name < ms[j].Name })
}

// Replay applies migrations, in the given order (use SortMigrations first), to
// an empty catalogue of the dialect and returns it with any notices.
func Replay(d catalog.Dialect, ms []Migration) (*catalog.Catalog, []Notice) {
	return ReplayCached(nil, d, ms)
}

// ReplayCached is Replay with PostgreSQL parse results kept in pc, for a
// caller that replays several histories sharing most files (nil: a cache
// for this replay only).
func ReplayCached(pc *ParseCache, d catalog.Dialect, ms []Migration) (*catalog.Catalog, []Notice) {
	cat := catalog.New(d)
	if d == catalog.Postgres {
		if pc == nil {
			pc = NewParseCache()
		}
		pc.prefetch(ms) // parse in parallel; applying stays in order
	}
	var notices []Notice
	for _, m := range ms {
		if len(m.SQL) > MaxSQLSize {
			notices = append(notices, Notice{
				Pos:     catalog.Pos{File: m.Path, Line: 1},
				Message: fmt.Sprintf("migration.sql is %d bytes, over the %d-byte limit; it was not replayed", len(m.SQL), MaxSQLSize),
				Error:   true,
			})
			continue
		}
		notices = append(notices, replayOne(cat, m, pc)...)
	}
	// A whole replay is done: free the SQLite working database now rather
	// than when the catalogue is collected (a later ReplayOne restores it).
	Release(cat)
	return cat, notices
}

// ReplayOne applies one migration to cat (PostgreSQL: parsed without a
// cache).
func ReplayOne(cat *catalog.Catalog, m Migration) []Notice { return replayOne(cat, m, nil) }

func replayOne(cat *catalog.Catalog, m Migration, pc *ParseCache) []Notice {
	switch cat.Dialect {
	case catalog.Postgres:
		return replayPostgres(cat, m, pc)
	case catalog.SQLite:
		return replaySQLite(cat, m)
	case catalog.MySQL:
		return replayMySQL(cat, m)
	}
	return []Notice{{Pos: catalog.Pos{File: m.Path}, Message: fmt.Sprintf("unsupported dialect %q", cat.Dialect), Error: true}}
}

// NormalizeDefaults prepares a catalogue lowered from a Prisma schema for
// comparison with replayed or introspected ones: each expression default
// (dbgenerated("…"), which lowering keeps as written because Prisma renders
// it verbatim) gets its Equivalent, the default a migration writing that
// expression replays to in the dialect: dbgenerated("(1 + 2)") is DEFAULT
// 1 + 2, dbgenerated("CURRENT_TIMESTAMP") is now(), dbgenerated("'x'") the
// value 'x'. An expression the dialect's parser rejects keeps none.
func NormalizeDefaults(c *catalog.Catalog) {
	if c == nil {
		return
	}
	var classify func(expr string, t catalog.Type) *catalog.Default
	switch c.Dialect {
	case catalog.Postgres:
		classify = postgresEquivalent
	case catalog.SQLite:
		classify = func(expr string, _ catalog.Type) *catalog.Default { return classifySQLiteDefault(expr) }
	case catalog.MySQL:
		classify = mysqlEquivalent
	default:
		return
	}
	for _, t := range c.Tables {
		for _, col := range t.Columns {
			d := col.Default
			if d == nil || d.Kind != catalog.DefaultExpr || d.Value == "" || d.Equivalent != nil {
				continue
			}
			if e := classify(d.Value, col.Type); e != nil && (e.Kind != d.Kind || e.Value != d.Value) {
				d.Equivalent = e
			}
		}
	}
}
