package sqlddl

import (
	"encoding/json"
	"sort"
	"strconv"
	"strings"

	pg "github.com/pganalyze/pg_query_go/v6"

	"github.com/migsync/migsync/checkrun/catalog"
	"github.com/migsync/migsync/checkrun/sqlddl/internal/pgparse"
)

// doBlock replays the SQL statements of a DO block: hand-written migrations
// often wrap DDL in DO $$ BEGIN … END $$ (to guard it, or to add a column
// and fill it). The PL/pgSQL body is parsed with pg_query; every embedded
// statement is applied in order, whatever branch it sits in. Statements in
// a block with an EXCEPTION handler or under an IF do not report notices
// (the handler catches their errors, the condition guards them).
func (r *pgReplay) doBlock(s *pg.DoStmt) {
	body, lang, at := "", "plpgsql", -1
	for _, a := range s.Args {
		d := a.GetDefElem()
		if d == nil {
			continue
		}
		switch d.Defname {
		case "as":
			body, at = pgStrVal(d.Arg), int(d.ArgLocation)
		case "language":
			lang = strings.ToLower(pgStrVal(d.Arg))
		}
	}
	if lang != "plpgsql" {
		r.notice("DO block in language %q is not replayed", lang)
		return
	}
	tag := "$migsync$"
	for i := 0; strings.Contains(body, tag); i++ {
		tag = "$migsync" + strconv.Itoa(i) + "$"
	}
	out, err := r.parses.parsePlpgsql("CREATE FUNCTION migsync_do() RETURNS void AS " + tag + body + tag + " LANGUAGE plpgsql")
	if err != nil {
		r.notice("the PL/pgSQL body could not be parsed (%s); its statements are not replayed", err)
		return
	}
	var tree any
	if err := json.Unmarshal([]byte(out), &tree); err != nil {
		r.notice("the PL/pgSQL body could not be read: %s", err)
		return
	}
	firstLine := r.pos.Line
	if at >= 0 && r.base+at < r.limit {
		firstLine = r.lineAt(r.base + at)
	}
	outer := r.pos
	r.walkPlpgsql(tree, firstLine, false)
	r.pos = outer
}

// walkPlpgsql finds the SQL statements of a PL/pgSQL parse tree (as JSON) in
// order and applies them.
func (r *pgReplay) walkPlpgsql(v any, firstLine int, guarded bool) {
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			r.walkPlpgsql(e, firstLine, guarded)
		}
	case map[string]any:
		if st, ok := x["PLpgSQL_stmt_execsql"].(map[string]any); ok {
			r.embedded(plpgsqlQuery(st["sqlstmt"]), firstLine+plpgsqlLine(st)-1, guarded)
			return
		}
		if st, ok := x["PLpgSQL_stmt_dynexecute"].(map[string]any); ok {
			r.dynamic(plpgsqlQuery(st["query"]), firstLine+plpgsqlLine(st)-1, guarded)
			return
		}
		if st, ok := x["PLpgSQL_stmt_if"]; ok {
			// a conditional statement: its guard decides in the database
			// whether it runs, so failures here are not reported
			r.walkPlpgsql(st, firstLine, true)
			return
		}
		if blk, ok := x["PLpgSQL_stmt_block"].(map[string]any); ok {
			r.walkPlpgsql(blk["body"], firstLine, guarded || blk["exceptions"] != nil)
			return
		}
		for _, k := range pgSortedKeys(x) {
			r.walkPlpgsql(x[k], firstLine, guarded)
		}
	}
}

// pgSortedKeys orders a JSON object's keys so that then-branches come before
// else-branches and walking is deterministic.
func pgSortedKeys(m map[string]any) []string {
	order := []string{"cond", "then_body", "elsif_list", "else_body", "body", "action"}
	var keys []string
	seen := map[string]bool{}
	for _, k := range order {
		if _, ok := m[k]; ok {
			keys = append(keys, k)
			seen[k] = true
		}
	}
	var rest []string
	for k := range m {
		if !seen[k] {
			rest = append(rest, k)
		}
	}
	sort.Strings(rest)
	return append(keys, rest...)
}

// plpgsqlQuery reads the SQL text of a PLpgSQL_expr.
func plpgsqlQuery(v any) string {
	m, _ := v.(map[string]any)
	e, _ := m["PLpgSQL_expr"].(map[string]any)
	q, _ := e["query"].(string)
	return q
}

// plpgsqlLine reads a PL/pgSQL statement's line within its body (1-based).
func plpgsqlLine(m map[string]any) int {
	if f, ok := m["lineno"].(float64); ok && f >= 1 {
		return int(f)
	}
	return 1
}

// embedded applies one SQL statement found in a DO block.
func (r *pgReplay) embedded(sql string, line int, guarded bool) {
	tree, err := r.parses.parse(sql)
	if err != nil {
		if w := strings.ToUpper(pgFirstWord(sql)); w == "CREATE" || w == "ALTER" || w == "DROP" {
			r.pos = catalog.Pos{File: r.file, Line: line}
			r.notice("statement in a DO block could not be parsed: %s", err)
		}
		return
	}
	outerText, outerNotices := r.text, len(r.notices)
	r.inDo++
	defer func() { r.inDo-- }()
	for _, raw := range tree.Stmts {
		if pgIsSchemaNeutral(raw.Stmt) {
			continue
		}
		r.pos = catalog.Pos{File: r.file, Line: line, EndLine: line + strings.Count(sql, "\n")}
		r.text = strings.TrimSpace(sql)
		r.apply(raw.Stmt)
	}
	r.text = outerText
	if guarded {
		r.notices = r.notices[:outerNotices]
	}
}

// dynamic applies EXECUTE 'constant SQL' in a DO block; SQL built at run
// time cannot be replayed and is reported.
func (r *pgReplay) dynamic(expr string, line int, guarded bool) {
	tree, err := pgparse.Parse("SELECT " + expr)
	if err == nil && len(tree.Stmts) == 1 {
		if sel := tree.Stmts[0].Stmt.GetSelectStmt(); sel != nil && len(sel.TargetList) == 1 {
			if c, ok := pgConstOf(sel.TargetList[0].GetResTarget().GetVal()); ok && c.Kind == pgConstString {
				r.embedded(c.Raw, line, guarded)
				return
			}
		}
	}
	if guarded {
		return
	}
	outer := r.pos
	r.pos = catalog.Pos{File: r.file, Line: line}
	r.notice("a DO block runs SQL built at run time (EXECUTE %s), which is not replayed", pgClip(expr, 80))
	r.pos = outer
}

// pgFirstWord is the first word of s.
func pgFirstWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[0]
}

// pgClip shortens s to n bytes, whitespace-normalised, for messages.
func pgClip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
