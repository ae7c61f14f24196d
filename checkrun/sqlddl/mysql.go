package sqlddl

import (
	"errors"
	"fmt"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"weak"

	"github.com/pingcap/tidb/pkg/parser"
	"github.com/pingcap/tidb/pkg/parser/ast"
	_ "github.com/pingcap/tidb/pkg/parser/test_driver" // literal values in the AST

	"github.com/migsync/migsync/checkrun/catalog"
)

// The MySQL/MariaDB replay parses each statement with the TiDB parser (a
// maintained MySQL grammar) and applies the DDL to the catalogue the way
// MySQL/MariaDB would: unnamed indexes are named after their first column,
// a foreign key without a usable index gets an implicit one named after the
// constraint (which later disappears when an index able to serve the key is
// created, and survives DROP FOREIGN KEY), inline UNIQUE creates an index
// named after the column. DML and other statements are skipped.

// mysqlState is what the replay remembers about a catalogue between
// migrations beyond the catalogue itself.
type mysqlState struct {
	mu       sync.Mutex
	implicit map[*catalog.Index]bool // indexes MySQL created for a foreign key
}

var mysqlStates = struct {
	sync.Mutex
	m map[weak.Pointer[catalog.Catalog]]*mysqlState
}{m: map[weak.Pointer[catalog.Catalog]]*mysqlState{}}

func mysqlStateFor(cat *catalog.Catalog) *mysqlState {
	key := weak.Make(cat)
	mysqlStates.Lock()
	defer mysqlStates.Unlock()
	if s := mysqlStates.m[key]; s != nil {
		return s
	}
	s := &mysqlState{implicit: map[*catalog.Index]bool{}}
	mysqlStates.m[key] = s
	runtime.AddCleanup(cat, func(k weak.Pointer[catalog.Catalog]) {
		mysqlStates.Lock()
		delete(mysqlStates.m, k)
		mysqlStates.Unlock()
	}, key)
	return s
}

// mysqlReplay applies one migration.
type mysqlReplay struct {
	cat      *catalog.Catalog
	state    *mysqlState
	path     string
	src      string
	st       statement
	notices  []Notice
	parser   *parser.Parser
	specLine []int // line of each ALTER TABLE spec, when known
}

func replayMySQL(cat *catalog.Catalog, m Migration) []Notice {
	state := mysqlStateFor(cat)
	state.mu.Lock()
	defer state.mu.Unlock()
	r := &mysqlReplay{cat: cat, state: state, path: m.Path, src: string(m.SQL), parser: parser.New()}
	r.parser.SetMariaDB(true)
	for st := range statements(r.src, lexMySQL) {
		r.st = st
		r.statement()
	}
	return r.notices
}

// notice records a statement the replay reports; line 0 means the
// statement's first line.
func (r *mysqlReplay) notice(line int, isErr bool, format string, args ...any) {
	pos := catalog.Pos{File: r.path, Line: r.st.Line, EndLine: r.st.EndLine}
	if line > 0 {
		pos = catalog.Pos{File: r.path, Line: line}
	}
	r.notices = append(r.notices, Notice{Pos: pos, Message: fmt.Sprintf(format, args...), Statement: clipStatement(r.st.Text), Error: isErr})
}

func (r *mysqlReplay) pos(line int) catalog.Pos {
	if line <= 0 {
		line = r.st.Line
	}
	return catalog.Pos{File: r.path, Line: line}
}

// mysqlSchemaVerbs are the first words of statements that may change the
// schema; everything else (DML, SET, transactions, …) is skipped unparsed.
var mysqlSchemaVerbs = map[string]bool{"CREATE": true, "ALTER": true, "DROP": true, "RENAME": true}

func (r *mysqlReplay) statement() {
	toks := r.st.Tokens
	if len(toks) == 0 || toks[0].kind != tokWord || !mysqlSchemaVerbs[strings.ToUpper(toks[0].text)] {
		return
	}
	if isCompoundCreate(toks, lexMySQL) {
		r.compoundCreate(toks)
		return
	}
	stmts, err := r.parse(r.st.Text) // mysql_parse.go
	if errors.Is(err, errMySQLParserPanic) {
		r.notice(0, true, "%s; it was not replayed", err)
		return
	}
	if err != nil {
		if rw, ok := rewriteSpatial(r.src, r.st); ok {
			if stmts, err2 := r.parse(rw.text); err2 == nil {
				for _, s := range stmts {
					r.apply(s)
					r.restoreSpatial(s, rw)
				}
				return
			}
		}
		r.notice(r.errorLine(err), true, "syntax error: %s", parseErrText(err))
		return
	}
	for _, s := range stmts {
		r.apply(s)
	}
}

var parseErrLine = regexp.MustCompile(`^line (\d+) column \d+`)

// errorLine maps a TiDB parser error's line (relative to the statement) to a
// line of the file.
func (r *mysqlReplay) errorLine(err error) int {
	if m := parseErrLine.FindStringSubmatch(err.Error()); m != nil {
		if n, convErr := strconv.Atoi(m[1]); convErr == nil && n >= 1 {
			return r.st.Line + n - 1
		}
	}
	return r.st.Line
}

// parseErrText shortens the parser's message ("line 1 column 7 near …").
func parseErrText(err error) string {
	msg := err.Error()
	if i := strings.Index(msg, "near "); i >= 0 {
		msg = msg[i:]
	}
	return clipStatement(msg)
}

// compoundCreate handles CREATE TRIGGER/PROCEDURE/FUNCTION/EVENT, which the
// TiDB grammar does not know: triggers are recorded on their table, the
// others are not part of the schema Prisma compares.
func (r *mysqlReplay) compoundCreate(toks []token) {
	i := 1
	for i < len(toks) && !toks[i].is("TRIGGER") {
		if toks[i].is("PROCEDURE") || toks[i].is("FUNCTION") || toks[i].is("EVENT") {
			return
		}
		i++
	}
	i = skipIfNotExists(toks, i+1)
	name, j := qualifiedName(toks, i)
	for j < len(toks) && !toks[j].is("ON") {
		j++
	}
	table, _ := qualifiedName(toks, j+1)
	t := r.cat.Table("", table)
	if name == "" || t == nil {
		r.notice(0, true, "CREATE TRIGGER on unknown table %q", table)
		return
	}
	t.Triggers = append(t.Triggers, &catalog.Trigger{Name: name, Pos: r.pos(0)})
}

func (r *mysqlReplay) apply(s ast.StmtNode) {
	switch n := s.(type) {
	case *ast.CreateTableStmt:
		r.createTable(n)
	case *ast.CreateIndexStmt:
		r.createIndex(n)
	case *ast.DropIndexStmt:
		r.dropIndex(n)
	case *ast.AlterTableStmt:
		r.alterTable(n)
	case *ast.RenameTableStmt:
		for _, tt := range n.TableToTables {
			r.renameTable(tt.OldTable.Name.O, tt.NewTable.Name.O)
		}
	case *ast.DropTableStmt:
		r.dropTable(n)
	case *ast.CreateViewStmt:
		r.createView(n)
	case *ast.TruncateTableStmt, ast.DMLNode:
		// data only
	case *ast.CreateDatabaseStmt, *ast.AlterDatabaseStmt, *ast.DropDatabaseStmt, *ast.CreateUserStmt, *ast.DropUserStmt, *ast.AlterUserStmt:
		r.notice(0, false, "%s is outside the schema; it was not replayed", stmtKind(s))
	default:
		if _, ok := s.(ast.DDLNode); ok {
			r.notice(0, false, "%s is not interpreted by the replay; the schema may differ from the database's", stmtKind(s))
		}
	}
}

// stmtKind names a statement for notices, e.g. "CREATE DATABASE".
func stmtKind(s ast.StmtNode) string {
	name := strings.TrimSuffix(strings.TrimPrefix(fmt.Sprintf("%T", s), "*ast."), "Stmt")
	var b strings.Builder
	for i, c := range name {
		if i > 0 && c >= 'A' && c <= 'Z' {
			b.WriteByte(' ')
		}
		b.WriteRune(c)
	}
	return strings.ToUpper(b.String())
}

// table finds a table or reports that the statement would fail.
func (r *mysqlReplay) table(name string) *catalog.Table {
	t := r.cat.Table("", name)
	if t == nil {
		r.notice(0, true, "table %q does not exist", name)
	}
	return t
}
