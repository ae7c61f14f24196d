package sqlddl

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	pg "github.com/pganalyze/pg_query_go/v6"

	"github.com/migsync/migsync/checkrun/catalog"
	"github.com/migsync/migsync/checkrun/sqlddl/internal/pgparse"
)

// replayPostgres parses one migration.sql with PostgreSQL's own parser
// (pg_query) and applies its DDL, statement by statement, to cat.
func replayPostgres(cat *catalog.Catalog, m Migration, pc *ParseCache) []Notice {
	if len(m.SQL) > MaxSQLSize {
		return []Notice{{Pos: catalog.Pos{File: m.Path, Line: 1}, Error: true,
			Message: fmt.Sprintf("migration.sql is %d bytes, over the %d-byte limit; it was not replayed", len(m.SQL), MaxSQLSize)}}
	}
	src := string(m.SQL)
	r := &pgReplay{cat: cat, file: m.Path, src: src, lines: pgLineStarts(src), parses: pc, limit: len(src)}
	if len(src) > pgPieceSize {
		r.replayPieces() // postgres_pieces.go
		return r.notices
	}
	tree, err := pc.parse(src)
	if err != nil {
		r.syntaxError(err)
		return r.notices
	}
	r.version = tree.Version
	for _, raw := range tree.Stmts {
		r.statement(raw)
	}
	return r.notices
}

// pgReplay is the state of replaying one migration file.
type pgReplay struct {
	cat    *catalog.Catalog
	parses *ParseCache // nil: no cache
	file   string
	src    string
	lines  []int // byte offset of the start of each line
	// base and limit are the part of src the statements being applied
	// were parsed from (a long file is parsed in pieces: postgres_pieces.go);
	// the parse tree's locations are offsets from base.
	base, limit int
	notices     []Notice
	version     int32 // pg_query's parse tree version, needed to deparse
	// temp holds the temporary tables created in this file: they vanish at
	// the end of the session, and statements on them are skipped.
	temp map[string]bool

	// the statement being applied
	pos  catalog.Pos
	text string
	// elem is the position of the column or constraint being applied
	// within the statement (zero: use pos); inDo counts nested DO blocks,
	// whose statements' locations are not offsets in the file.
	elem catalog.Pos
	inDo int
}

// at is the position of the element being applied: its own line when
// known, else its statement's.
func (r *pgReplay) at() catalog.Pos {
	if r.elem.Line > 0 {
		return r.elem
	}
	return r.pos
}

// setElem makes the element at byte offset loc of the file the current one
// and returns the function that restores the previous one.
func (r *pgReplay) setElem(loc int32) func() {
	prev := r.elem
	if r.inDo == 0 && loc >= 0 && r.base+int(loc) < r.limit {
		line := r.lineAt(r.base + int(loc))
		r.elem = catalog.Pos{File: r.file, Line: line, EndLine: line}
	}
	return func() { r.elem = prev }
}

// pgLineStarts returns the byte offset at which each line of src starts.
func pgLineStarts(src string) []int {
	starts := []int{0}
	for i := 0; i < len(src); i++ {
		if src[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// lineAt is the 1-based line of a byte offset.
func (r *pgReplay) lineAt(off int) int {
	return sort.Search(len(r.lines), func(i int) bool { return r.lines[i] > off })
}

// syntaxError turns a pg_query parse error into one positioned error notice.
func (r *pgReplay) syntaxError(err error) {
	line := 1
	msg := err.Error()
	var perr *pgparse.Error
	if errors.As(err, &perr) && perr.Cursorpos > 0 {
		line = r.lineAt(r.base + pgCharToByte(r.src[r.base:r.limit], perr.Cursorpos-1))
	}
	r.notices = append(r.notices, Notice{
		Pos:     catalog.Pos{File: r.file, Line: line},
		Message: "syntax error: " + msg + " (PostgreSQL would reject this migration; it was not replayed)",
		Error:   true,
	})
}

// pgCharToByte converts a character index (PostgreSQL counts cursor positions
// in characters) into a byte offset in s.
func pgCharToByte(s string, chars int) int {
	off := 0
	for i := 0; i < chars && off < len(s); i++ {
		_, n := utf8.DecodeRuneInString(s[off:])
		off += n
	}
	return off
}

// pgSkipSpaceAndComments returns the offset of the first token at or after off:
// PostgreSQL reports a statement's location from the end of the previous one,
// including the comments in between.
func pgSkipSpaceAndComments(s string, off int) int {
	for off < len(s) {
		switch {
		case s[off] == ' ' || s[off] == '\t' || s[off] == '\n' || s[off] == '\r' || s[off] == '\f' || s[off] == '\v':
			off++
		case strings.HasPrefix(s[off:], "--"):
			nl := strings.IndexByte(s[off:], '\n')
			if nl < 0 {
				return len(s)
			}
			off += nl + 1
		case strings.HasPrefix(s[off:], "/*"):
			off = pgSkipBlockComment(s, off)
		default:
			return off
		}
	}
	return off
}

// pgSkipBlockComment skips a (nestable) /* … */ comment starting at off.
func pgSkipBlockComment(s string, off int) int {
	depth := 0
	for off < len(s) {
		switch {
		case strings.HasPrefix(s[off:], "/*"):
			depth++
			off += 2
		case strings.HasPrefix(s[off:], "*/"):
			depth--
			off += 2
			if depth == 0 {
				return off
			}
		default:
			off++
		}
	}
	return off
}

// pgMaxStatementText bounds Notice.Statement.
const pgMaxStatementText = 200

// statement applies one parsed statement.
func (r *pgReplay) statement(raw *pg.RawStmt) {
	start := r.base + int(raw.StmtLocation)
	end := r.limit
	if raw.StmtLen > 0 && start+int(raw.StmtLen) <= r.limit {
		end = start + int(raw.StmtLen)
	}
	if start < r.base || start > end {
		start = r.base
	}
	start = pgSkipSpaceAndComments(r.src[:r.limit], start)
	if start > end {
		end = start
	}
	r.text = strings.TrimSpace(r.src[start:end])
	endLine := r.lineAt(start + len(r.text))
	if len(r.text) > 0 {
		endLine = r.lineAt(start + len(r.text) - 1)
	}
	r.pos = catalog.Pos{File: r.file, Line: r.lineAt(start), EndLine: endLine}
	r.apply(raw.Stmt)
}

// pgStatementKind names a statement by its leading keywords, for notices:
// "CREATE TABLE", "ALTER TYPE", "DROP INDEX", "CREATE MATERIALIZED VIEW", …
func pgStatementKind(text string) string {
	if len(text) > 120 {
		text = text[:120]
	}
	words := strings.Fields(strings.ToUpper(text))
	if len(words) == 0 {
		return "statement"
	}
	first := strings.TrimRight(words[0], "(;")
	switch first {
	case "CREATE", "ALTER", "DROP", "COMMENT":
	default:
		return first
	}
	out := []string{first}
	for _, w := range words[1:] {
		w = strings.TrimRight(w, "(;")
		switch w {
		case "OR", "REPLACE", "UNIQUE", "TEMP", "TEMPORARY", "UNLOGGED", "GLOBAL", "LOCAL", "DEFAULT", "TRUSTED", "PROCEDURAL", "CONSTRAINT":
			continue
		case "MATERIALIZED", "FOREIGN", "EVENT":
			out = append(out, w)
			continue
		}
		out = append(out, w)
		break
	}
	return strings.Join(out, " ")
}

// notice records a statement the replay could not apply (or applied only in
// part), positioned at the statement.
func (r *pgReplay) notice(format string, args ...any) { r.record(false, format, args...) }

// fail records a statement PostgreSQL itself would refuse (an object that
// does not exist, or already does, at that point of the history): the
// migration fails to apply. The messages are PostgreSQL's own.
func (r *pgReplay) fail(format string, args ...any) { r.record(true, format, args...) }

func (r *pgReplay) record(fails bool, format string, args ...any) {
	stmt := r.text
	if len(stmt) > pgMaxStatementText {
		cut := pgMaxStatementText
		for cut > 0 && !utf8.RuneStart(stmt[cut]) {
			cut--
		}
		stmt = stmt[:cut] + "…"
	}
	r.notices = append(r.notices, Notice{
		Pos:       catalog.Pos{File: r.pos.File, Line: r.pos.Line},
		Message:   pgStatementKind(r.text) + ": " + fmt.Sprintf(format, args...),
		Statement: stmt,
		Error:     fails,
	})
}

// apply dispatches one statement on its node type.
func (r *pgReplay) apply(n *pg.Node) {
	switch s := n.GetNode().(type) {
	case *pg.Node_CreateStmt:
		r.createTable(s.CreateStmt)
	case *pg.Node_IndexStmt:
		r.createIndex(s.IndexStmt)
	case *pg.Node_AlterTableStmt:
		r.alterTable(s.AlterTableStmt)
	case *pg.Node_RenameStmt:
		r.rename(s.RenameStmt)
	case *pg.Node_DropStmt:
		r.drop(s.DropStmt)
	case *pg.Node_CreateEnumStmt:
		r.createEnum(s.CreateEnumStmt)
	case *pg.Node_AlterEnumStmt:
		r.alterEnum(s.AlterEnumStmt)
	case *pg.Node_CreateExtensionStmt:
		r.createExtension(s.CreateExtensionStmt)
	case *pg.Node_CreateSeqStmt:
		r.createSequence(s.CreateSeqStmt)
	case *pg.Node_ViewStmt:
		r.createView(s.ViewStmt.View, s.ViewStmt.Replace)
	case *pg.Node_CreateTableAsStmt:
		r.createTableAs(s.CreateTableAsStmt)
	case *pg.Node_CreateTrigStmt:
		r.createTrigger(s.CreateTrigStmt)
	case *pg.Node_AlterObjectSchemaStmt:
		r.setSchema(s.AlterObjectSchemaStmt)
	case *pg.Node_CreateSchemaStmt:
		r.createSchema(s.CreateSchemaStmt)
	case *pg.Node_AlterSeqStmt:
		r.alterSequence(s.AlterSeqStmt)
	case *pg.Node_DoStmt:
		r.doBlock(s.DoStmt)
	case *pg.Node_AlterExtensionStmt:
		r.alterExtension(s.AlterExtensionStmt)
	case *pg.Node_CompositeTypeStmt, *pg.Node_CreateDomainStmt, *pg.Node_CreateRangeStmt,
		*pg.Node_AlterDomainStmt, *pg.Node_CreateForeignTableStmt, *pg.Node_DefineStmt:
		// types and tables the catalogue has no place for
		r.notice("this statement is not modelled by the replay; its effect on the schema is ignored")
	default:
		// DML, functions, procedures, grants, policies, comments, settings,
		// transactions and other statements that do not change what Prisma
		// models (tables, columns, keys, indexes, enums) are skipped.
		if !pgIsSchemaNeutral(n) {
			r.notice("this statement is not modelled by the replay; its effect on the schema is ignored")
		}
	}
}

// pgIsSchemaNeutral reports statements that the replay skips on purpose: they
// do not change tables, columns, keys, indexes, enums or the other objects of
// a catalogue.
func pgIsSchemaNeutral(n *pg.Node) bool {
	switch n.GetNode().(type) {
	case *pg.Node_InsertStmt, *pg.Node_UpdateStmt, *pg.Node_DeleteStmt, *pg.Node_MergeStmt,
		*pg.Node_SelectStmt, *pg.Node_CallStmt, *pg.Node_CreateFunctionStmt,
		*pg.Node_AlterFunctionStmt, *pg.Node_VariableSetStmt, *pg.Node_VariableShowStmt,
		*pg.Node_TransactionStmt, *pg.Node_GrantStmt, *pg.Node_GrantRoleStmt,
		*pg.Node_AlterDefaultPrivilegesStmt, *pg.Node_CreateRoleStmt, *pg.Node_AlterRoleStmt,
		*pg.Node_AlterRoleSetStmt, *pg.Node_DropRoleStmt, *pg.Node_AlterOwnerStmt,
		*pg.Node_CreatePolicyStmt, *pg.Node_AlterPolicyStmt, *pg.Node_CommentStmt,
		*pg.Node_SecLabelStmt, *pg.Node_TruncateStmt, *pg.Node_LockStmt, *pg.Node_VacuumStmt,
		*pg.Node_ExplainStmt, *pg.Node_CopyStmt, *pg.Node_NotifyStmt, *pg.Node_ListenStmt,
		*pg.Node_UnlistenStmt, *pg.Node_CheckPointStmt, *pg.Node_DiscardStmt,
		*pg.Node_ClusterStmt, *pg.Node_ReindexStmt, *pg.Node_RefreshMatViewStmt,
		*pg.Node_CreatePublicationStmt, *pg.Node_AlterPublicationStmt,
		*pg.Node_CreateSubscriptionStmt, *pg.Node_AlterSubscriptionStmt,
		*pg.Node_DropSubscriptionStmt, *pg.Node_CreateEventTrigStmt,
		*pg.Node_AlterEventTrigStmt, *pg.Node_AlterDatabaseStmt,
		*pg.Node_AlterDatabaseSetStmt, *pg.Node_AlterSystemStmt, *pg.Node_PrepareStmt,
		*pg.Node_ExecuteStmt, *pg.Node_DeallocateStmt, *pg.Node_DeclareCursorStmt,
		*pg.Node_ClosePortalStmt, *pg.Node_FetchStmt, *pg.Node_ConstraintsSetStmt,
		*pg.Node_LoadStmt, *pg.Node_CreatedbStmt, *pg.Node_DropdbStmt,
		*pg.Node_AlterStatsStmt, *pg.Node_CreateFdwStmt, *pg.Node_CreateForeignServerStmt,
		*pg.Node_CreateUserMappingStmt, *pg.Node_ImportForeignSchemaStmt,
		*pg.Node_CreatePlangStmt, *pg.Node_DropOwnedStmt, *pg.Node_ReassignOwnedStmt,
		*pg.Node_RuleStmt, *pg.Node_AlterTableMoveAllStmt, *pg.Node_CreateStatsStmt,
		*pg.Node_AlterTypeStmt, *pg.Node_CreateCastStmt, *pg.Node_CreateOpClassStmt,
		*pg.Node_CreateOpFamilyStmt, *pg.Node_AlterOpFamilyStmt, *pg.Node_CreateConversionStmt,
		*pg.Node_CreateTableSpaceStmt, *pg.Node_DropTableSpaceStmt, *pg.Node_AlterTableSpaceOptionsStmt,
		*pg.Node_CreateTransformStmt, *pg.Node_CreateAmStmt, *pg.Node_AlterCollationStmt,
		*pg.Node_AlterTsdictionaryStmt, *pg.Node_AlterTsconfigurationStmt,
		*pg.Node_AlterOperatorStmt, *pg.Node_AlterObjectDependsStmt:
		return true
	}
	return false
}
