package sqlddl

import (
	"context"
	"database/sql"
	"slices"
	"strconv"
	"strings"

	"github.com/migsync/migsync/checkrun/catalog"
)

// This file reads the replay database's schema back into the catalogue after
// a statement changed it, and gives each new or changed object the position
// of that statement.

// stmtContext is the statement just executed, seen by the position logic.
type stmtContext struct {
	src  string // the whole script (token offsets refer to it)
	path string
	st   statement

	analysed bool
	// createTable is the table a CREATE TABLE statement defines (lower case)
	// and def its elements, with script lines.
	createTable string
	def         *tableDef
	// createIndex is the index a CREATE INDEX statement defines (lower case).
	createIndex string
	// renameFrom/renameTo: ALTER TABLE a RENAME TO b (lower case).
	renameFrom, renameTo string
	// ALTER TABLE t RENAME [COLUMN] a TO b (lower case).
	colTable, colFrom, colTo string
}

// analyse recognises the few statement shapes that matter for positions.
func (sc *stmtContext) analyse() {
	if sc.analysed {
		return
	}
	sc.analysed = true
	toks := sc.st.Tokens
	i := 0
	if i < len(toks) && toks[i].is("CREATE") {
		i++
		for i < len(toks) && (toks[i].is("TEMP") || toks[i].is("TEMPORARY") || toks[i].is("UNIQUE") || toks[i].is("VIRTUAL")) {
			i++
		}
		if i >= len(toks) {
			return
		}
		what := toks[i]
		name, _ := qualifiedName(toks, skipIfNotExists(toks, i+1))
		switch {
		case what.is("TABLE"):
			sc.createTable = strings.ToLower(name)
			sc.def = parseTableDef(sc.src, toks)
		case what.is("INDEX"):
			sc.createIndex = strings.ToLower(name)
		}
		return
	}
	if !keywordsAt(toks, "ALTER", "TABLE") {
		return
	}
	table, j := qualifiedName(toks, 2)
	if j >= len(toks) || !toks[j].is("RENAME") {
		return
	}
	j++
	if j < len(toks) && toks[j].is("TO") && j+1 < len(toks) {
		sc.renameFrom, sc.renameTo = strings.ToLower(table), strings.ToLower(toks[j+1].ident())
		return
	}
	if j < len(toks) && toks[j].is("COLUMN") {
		j++
	}
	if j+2 < len(toks) && toks[j+1].is("TO") {
		sc.colTable, sc.colFrom, sc.colTo = strings.ToLower(table), strings.ToLower(toks[j].ident()), strings.ToLower(toks[j+2].ident())
	}
}

// skipIfNotExists skips "IF NOT EXISTS" at toks[i].
func skipIfNotExists(toks []token, i int) int {
	if keywordsAt(toks[min(i, len(toks)):], "IF", "NOT", "EXISTS") {
		return i + 3
	}
	return i
}

// qualifiedName reads [schema.]name at toks[i]; it returns the name and the
// index after it.
func qualifiedName(toks []token, i int) (string, int) {
	if i >= len(toks) {
		return "", i
	}
	name := toks[i].ident()
	i++
	if i+1 < len(toks) && toks[i].punct('.') {
		name = toks[i+1].ident()
		i += 2
	}
	return name, i
}

// line returns the position of a line of the statement's file.
func (sc *stmtContext) pos(line int) catalog.Pos {
	if line == 0 {
		line = sc.st.Line
	}
	return catalog.Pos{File: sc.path, Line: line}
}

// tableDef is what the text of a CREATE TABLE says beyond the pragmas:
// AUTOINCREMENT, generated columns, constraint names, CHECKs, and the line of
// each element (when parsed from a migration statement).
type tableDef struct {
	cols    map[string]*colDef // by lower-case name
	fkNames map[string]string  // fkKey → constraint name
	fkLines map[string]int     // fkKey → line
	pkLine  int
	checks  []*catalog.Check
}

type colDef struct {
	line      int
	autoinc   bool
	generated string
}

// fkKey identifies a foreign key by its columns and referenced table.
func fkKey(cols []string, ref string) string {
	return strings.ToLower(strings.Join(cols, ",") + ">" + ref)
}

// parseTableDef reads the elements of CREATE TABLE … ( … ) from its tokens;
// src is the text the token offsets refer to.
func parseTableDef(src string, toks []token) *tableDef {
	d := &tableDef{cols: map[string]*colDef{}, fkNames: map[string]string{}, fkLines: map[string]int{}}
	open := slices.IndexFunc(toks, func(t token) bool { return t.punct('(') })
	if open < 0 {
		return d // CREATE TABLE … AS SELECT
	}
	elems, _ := groupElements(toks, open)
	for _, el := range elems {
		d.addElement(src, el)
	}
	return d
}

func (d *tableDef) addElement(src string, el []token) {
	first := el[0]
	name := ""
	rest := el
	if first.is("CONSTRAINT") {
		if len(el) < 3 {
			return
		}
		name, rest = el[1].ident(), el[2:]
	}
	switch {
	case rest[0].is("PRIMARY"):
		d.pkLine = first.line
	case rest[0].is("CHECK"):
		d.checks = append(d.checks, &catalog.Check{Name: name, Expr: parenText(src, rest, 1), Pos: catalog.Pos{Line: first.line}})
	case rest[0].is("FOREIGN"):
		if len(rest) < 3 || !rest[2].punct('(') {
			return
		}
		cols, next := groupElements(rest, 2)
		if next < len(rest) && rest[next].is("REFERENCES") && next+1 < len(rest) {
			ref, _ := qualifiedName(rest, next+1)
			key := fkKey(elementNames(cols), ref)
			d.fkNames[key], d.fkLines[key] = name, first.line
		}
	case rest[0].is("UNIQUE") || name != "":
		// unique constraints are read from index_list
	default:
		d.addColumn(src, el)
	}
}

func (d *tableDef) addColumn(src string, el []token) {
	col := el[0].ident()
	cd := &colDef{line: el[0].line}
	d.cols[strings.ToLower(col)] = cd
	depth := 0
	for i := 1; i < len(el); i++ {
		t := el[i]
		switch {
		case t.punct('('):
			depth++
		case t.punct(')'):
			depth--
		case depth != 0:
		case t.is("AUTOINCREMENT"):
			cd.autoinc = true
		case t.is("PRIMARY"):
			d.pkLine = t.line
		case t.is("AS") && i+1 < len(el) && el[i+1].punct('('):
			cd.generated = normalizeSpace(parenText(src, el, i+1))
		case t.is("REFERENCES") && i+1 < len(el):
			ref, _ := qualifiedName(el, i+1)
			key := fkKey([]string{col}, ref)
			d.fkLines[key] = t.line
			if i >= 2 && el[i-2].is("CONSTRAINT") {
				d.fkNames[key] = el[i-1].ident()
			}
		}
	}
}

// parenText returns the text inside the parentheses opening at toks[open].
func parenText(src string, toks []token, open int) string {
	if open >= len(toks) || !toks[open].punct('(') {
		return ""
	}
	_, end := groupElements(toks, open)
	if end-1 <= open+1 {
		return ""
	}
	return tokensText(src, toks[open+1:end-1])
}

// elementNames returns the identifier each element starts with.
func elementNames(elems [][]token) []string {
	out := make([]string, len(elems))
	for i, el := range elems {
		out[i] = el[0].ident()
	}
	return out
}

// isIgnoredSQLiteTable mirrors the tables Prisma's SQLite describer skips.
func isIgnoredSQLiteTable(name string) bool {
	l := strings.ToLower(name)
	return strings.HasPrefix(l, "sqlite_") || l == "d1_migrations" || strings.HasPrefix(name, "_cf_")
}

// refresh re-reads the schema if the statement changed it and updates cat.
func (s *sqliteSession) refresh(cat *catalog.Catalog, sc *stmtContext) error {
	ctx := context.Background()
	var ver int64
	if err := s.conn.QueryRowContext(ctx, "PRAGMA schema_version").Scan(&ver); err != nil {
		return err
	}
	if ver == s.ver {
		return nil
	}
	s.ver = ver
	rows, err := s.readMaster(ctx)
	if err != nil {
		return err
	}
	changed := map[string]bool{}
	next := map[string]masterRow{}
	for _, r := range rows {
		k := masterKey(r.Type, r.Name)
		next[k] = r
		if old, ok := s.master[k]; !ok || old != r {
			changed[strings.ToLower(r.Table)] = true
		}
	}
	for k, r := range s.master {
		if _, ok := next[k]; !ok {
			changed[strings.ToLower(r.Table)] = true
		}
	}
	s.master = next
	// A key written "REFERENCES t" (no columns) follows t's primary key:
	// re-read the tables with such keys pointing at a changed table.
	for _, t := range cat.Tables {
		if !s.pkRefs[strings.ToLower(t.Name)] {
			continue
		}
		for _, fk := range t.ForeignKeys {
			if changed[strings.ToLower(fk.RefTable)] {
				changed[strings.ToLower(t.Name)] = true
			}
		}
	}
	sc.analyse()
	cat.Views = s.views(cat, rows, sc)

	built := map[string]*catalog.Table{}
	var order []string
	for _, r := range rows {
		lname := strings.ToLower(r.Name)
		if r.Type != "table" || !changed[lname] || isIgnoredSQLiteTable(r.Name) {
			continue
		}
		t, err := s.describeTable(ctx, r, rows)
		if err != nil {
			return err
		}
		old := cat.Table("", r.Name)
		if sc.renameTo == lname && sc.renameFrom != lname {
			old = cat.Table("", sc.renameFrom)
		}
		placePositions(cat.Dialect, t, old, sc)
		built[lname] = t
		order = append(order, lname)
	}
	var tables []*catalog.Table
	placed := map[string]bool{}
	for _, t := range cat.Tables {
		lname := strings.ToLower(t.Name)
		switch {
		case !changed[lname]:
			tables = append(tables, t)
		case built[lname] != nil:
			tables = append(tables, built[lname])
			placed[lname] = true
		case lname == sc.renameFrom && built[sc.renameTo] != nil && !placed[sc.renameTo]:
			tables = append(tables, built[sc.renameTo])
			placed[sc.renameTo] = true
		}
	}
	for _, lname := range order {
		if !placed[lname] {
			tables = append(tables, built[lname])
		}
	}
	cat.Tables = tables
	return nil
}

func (s *sqliteSession) readMaster(ctx context.Context) ([]masterRow, error) {
	rs, err := s.conn.QueryContext(ctx, "SELECT type, name, tbl_name, coalesce(sql, '') FROM main.sqlite_master WHERE type IN ('table','index','trigger','view') ORDER BY rowid")
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var out []masterRow
	for rs.Next() {
		var r masterRow
		if err := rs.Scan(&r.Type, &r.Name, &r.Table, &r.SQL); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rs.Err()
}

// views lists the database's views, keeping the position of views that did
// not change.
func (s *sqliteSession) views(cat *catalog.Catalog, rows []masterRow, sc *stmtContext) []*catalog.View {
	var out []*catalog.View
	for _, r := range rows {
		if r.Type != "view" {
			continue
		}
		v := &catalog.View{Name: r.Name, Pos: sc.pos(0)}
		for _, old := range cat.Views {
			if strings.EqualFold(old.Name, r.Name) && !strings.EqualFold(sc.createTable, r.Name) {
				v.Pos = old.Pos
			}
		}
		out = append(out, v)
	}
	return out
}

// describeTable reads one table through SQLite's pragmas.
func (s *sqliteSession) describeTable(ctx context.Context, r masterRow, master []masterRow) (*catalog.Table, error) {
	def := parseTableDef(r.SQL, tokenize(r.SQL, lexSQLite))
	t := &catalog.Table{Name: r.Name, Checks: def.checks}
	for _, c := range t.Checks {
		c.Pos = catalog.Pos{}
	}
	if err := s.describeColumns(ctx, t, def); err != nil {
		return nil, err
	}
	if err := s.describeIndexes(ctx, t, master); err != nil {
		return nil, err
	}
	if err := s.describeForeignKeys(ctx, t, def); err != nil {
		return nil, err
	}
	for _, m := range master {
		if m.Type == "trigger" && strings.EqualFold(m.Table, r.Name) {
			t.Triggers = append(t.Triggers, &catalog.Trigger{Name: m.Name})
		}
	}
	return t, nil
}

func (s *sqliteSession) describeColumns(ctx context.Context, t *catalog.Table, def *tableDef) error {
	rs, err := s.conn.QueryContext(ctx, "SELECT name, type, \"notnull\", dflt_value, pk, hidden FROM pragma_table_xinfo(?)", t.Name)
	if err != nil {
		return err
	}
	defer rs.Close()
	type pkCol struct {
		seq  int
		name string
	}
	var pk []pkCol
	for rs.Next() {
		var (
			name, typ     string
			notNull       bool
			dflt          sql.NullString
			pkSeq, hidden int
		)
		if err := rs.Scan(&name, &typ, &notNull, &dflt, &pkSeq, &hidden); err != nil {
			return err
		}
		if hidden == 1 { // hidden column of a virtual table
			continue
		}
		canon, _ := catalog.CanonicalType(catalog.SQLite, typ, nil)
		c := &catalog.Column{Name: name, Type: catalog.Type{Name: canon}, NotNull: notNull}
		if dflt.Valid {
			c.Default = classifySQLiteDefault(dflt.String)
		}
		if cd := def.cols[strings.ToLower(name)]; cd != nil {
			c.AutoIncrement = cd.autoinc
			if hidden == 2 || hidden == 3 {
				c.Generated = cd.generated
			}
		}
		if pkSeq > 0 {
			pk = append(pk, pkCol{pkSeq, name})
		}
		t.Columns = append(t.Columns, c)
	}
	if err := rs.Err(); err != nil {
		return err
	}
	if len(pk) == 0 {
		return nil
	}
	slices.SortFunc(pk, func(a, b pkCol) int { return a.seq - b.seq })
	t.PrimaryKey = &catalog.PrimaryKey{}
	for _, p := range pk {
		t.PrimaryKey.Columns = append(t.PrimaryKey.Columns, catalog.IndexColumn{Name: p.name})
	}
	// Like Prisma's describer: a lone INTEGER primary key is the rowid, never
	// NULL and always generated (with or without the AUTOINCREMENT keyword).
	if len(pk) == 1 {
		if c := t.Column(catalog.SQLite, pk[0].name); c != nil && c.Type.Name == "INTEGER" {
			c.NotNull, c.AutoIncrement = true, true
		}
	}
	return nil
}

type sqliteIndex struct {
	name            string
	unique, partial bool
	origin          string
}

func (s *sqliteSession) describeIndexes(ctx context.Context, t *catalog.Table, master []masterRow) error {
	rs, err := s.conn.QueryContext(ctx, "SELECT name, \"unique\", origin, partial FROM pragma_index_list(?) ORDER BY seq DESC", t.Name)
	if err != nil {
		return err
	}
	var list []sqliteIndex
	for rs.Next() {
		var ix sqliteIndex
		if err := rs.Scan(&ix.name, &ix.unique, &ix.origin, &ix.partial); err != nil {
			rs.Close()
			return err
		}
		if ix.origin != "pk" { // the primary key is described by table_xinfo
			list = append(list, ix)
		}
	}
	rs.Close()
	if err := rs.Err(); err != nil {
		return err
	}
	for _, ix := range list {
		idx := &catalog.Index{Name: ix.name, Unique: ix.unique, Constraint: ix.origin == "u"}
		var exprs [][]token
		var idxSQL string
		for _, m := range master {
			if m.Type == "index" && strings.EqualFold(m.Name, ix.name) {
				idxSQL = m.SQL
			}
		}
		if idxSQL != "" {
			exprs, idx.Where = parseIndexSQL(idxSQL)
		}
		if err := s.describeIndexColumns(ctx, idx, idxSQL, exprs); err != nil {
			return err
		}
		t.Indexes = append(t.Indexes, idx)
	}
	return nil
}

func (s *sqliteSession) describeIndexColumns(ctx context.Context, idx *catalog.Index, idxSQL string, exprs [][]token) error {
	rs, err := s.conn.QueryContext(ctx, "SELECT seqno, cid, coalesce(name, ''), \"desc\" FROM pragma_index_xinfo(?) WHERE key = 1 ORDER BY seqno", idx.Name)
	if err != nil {
		return err
	}
	defer rs.Close()
	for rs.Next() {
		var (
			seq, cid int
			name     string
			desc     bool
		)
		if err := rs.Scan(&seq, &cid, &name, &desc); err != nil {
			return err
		}
		ic := catalog.IndexColumn{Name: name}
		if desc {
			ic.Sort = "DESC"
		}
		if cid == -2 { // expression
			ic.Expression = true
			if seq < len(exprs) {
				ic.Name = normalizeSpace(tokensText(idxSQL, trimSortOrder(exprs[seq])))
			}
		}
		idx.Columns = append(idx.Columns, ic)
	}
	return rs.Err()
}

// parseIndexSQL returns the key parts of CREATE INDEX … ON t (…) [WHERE …]
// and the WHERE predicate.
func parseIndexSQL(src string) ([][]token, string) {
	toks := tokenize(src, lexSQLite)
	on := slices.IndexFunc(toks, func(t token) bool { return t.is("ON") })
	if on < 0 {
		return nil, ""
	}
	open := slices.IndexFunc(toks[on:], func(t token) bool { return t.punct('(') })
	if open < 0 {
		return nil, ""
	}
	elems, end := groupElements(toks, on+open)
	where := ""
	if end < len(toks) && toks[end].is("WHERE") && end+1 < len(toks) {
		where = normalizeSpace(src[toks[end+1].off:])
	}
	return elems, where
}

// trimSortOrder drops trailing ASC/DESC and COLLATE x from a key part.
func trimSortOrder(el []token) []token {
	for len(el) > 1 {
		n := len(el)
		switch {
		case el[n-1].is("ASC") || el[n-1].is("DESC"):
			el = el[:n-1]
		case n > 2 && el[n-2].is("COLLATE"):
			el = el[:n-2]
		default:
			return el
		}
	}
	return el
}

func (s *sqliteSession) describeForeignKeys(ctx context.Context, t *catalog.Table, def *tableDef) error {
	rs, err := s.conn.QueryContext(ctx, "SELECT id, seq, \"table\", \"from\", coalesce(\"to\", ''), on_update, on_delete FROM pragma_foreign_key_list(?) ORDER BY id DESC, seq", t.Name)
	if err != nil {
		return err
	}
	var fks []*catalog.ForeignKey
	lastID := -1
	for rs.Next() {
		var (
			id, seq                     int
			ref, from, to, onUpd, onDel string
		)
		if err := rs.Scan(&id, &seq, &ref, &from, &to, &onUpd, &onDel); err != nil {
			rs.Close()
			return err
		}
		if id != lastID || len(fks) == 0 {
			fks = append(fks, &catalog.ForeignKey{RefTable: ref, OnDelete: strings.ToUpper(onDel), OnUpdate: strings.ToUpper(onUpd)})
			lastID = id
		}
		fk := fks[len(fks)-1]
		fk.Columns = append(fk.Columns, from)
		fk.RefColumns = append(fk.RefColumns, to)
	}
	rs.Close()
	if err := rs.Err(); err != nil {
		return err
	}
	delete(s.pkRefs, strings.ToLower(t.Name))
	for _, fk := range fks {
		fk.Name = def.fkNames[fkKey(fk.Columns, fk.RefTable)]
		if slices.Contains(fk.RefColumns, "") {
			s.pkRefs[strings.ToLower(t.Name)] = true
			// REFERENCES t without columns: the referenced table's primary key.
			pk, err := s.primaryKeyColumns(ctx, fk.RefTable)
			if err != nil {
				return err
			}
			if len(pk) == len(fk.Columns) {
				fk.RefColumns = pk
			}
		}
	}
	t.ForeignKeys = fks
	return nil
}

func (s *sqliteSession) primaryKeyColumns(ctx context.Context, table string) ([]string, error) {
	rs, err := s.conn.QueryContext(ctx, "SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk", table)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var out []string
	for rs.Next() {
		var n string
		if err := rs.Scan(&n); err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	return out, rs.Err()
}

// classifySQLiteDefault classifies a column default as SQLite keeps it (the
// expression's text as written) the way Prisma's describer does: NULL is no
// default, CURRENT_TIMESTAMP and datetime('now') are now(), string, number
// and boolean literals are values, anything else is an expression.
func classifySQLiteDefault(text string) *catalog.Default {
	s := strings.TrimSpace(text)
	for len(s) > 1 && s[0] == '(' && s[len(s)-1] == ')' && balancedInside(s) {
		s = strings.TrimSpace(s[1 : len(s)-1])
	}
	lower := strings.ToLower(normalizeSpace(s))
	switch lower {
	case "null", "":
		return nil
	case "current_timestamp", "datetime('now')", "datetime('now', 'localtime')":
		return &catalog.Default{Kind: catalog.DefaultNow}
	case "true", "false":
		return &catalog.Default{Kind: catalog.DefaultValue, Value: lower}
	}
	toks := tokenize(s, lexSQLite)
	switch {
	case len(toks) == 1 && toks[0].kind == tokString:
		return &catalog.Default{Kind: catalog.DefaultValue, Value: s}
	case len(toks) == 1 && toks[0].kind == tokQuoted && s[0] == '"':
		// a double-quoted string literal (SQLite's DQS misfeature)
		return &catalog.Default{Kind: catalog.DefaultValue, Value: sqlQuoteString(unquoteIdent(s))}
	case isSQLiteNumber(toks):
		return &catalog.Default{Kind: catalog.DefaultValue, Value: normalizeSpace(s)}
	}
	return &catalog.Default{Kind: catalog.DefaultExpr, Value: normalizeSpace(s)}
}

// balancedInside reports whether s's first '(' closes at its last byte.
func balancedInside(s string) bool {
	toks := tokenize(s, lexSQLite)
	if len(toks) < 2 || !toks[0].punct('(') {
		return false
	}
	_, end := groupElements(toks, 0)
	return end == len(toks)
}

// isSQLiteNumber reports a numeric literal, optionally signed.
func isSQLiteNumber(toks []token) bool {
	if len(toks) == 2 && (toks[0].punct('-') || toks[0].punct('+')) {
		toks = toks[1:]
	}
	if len(toks) != 1 || toks[0].kind != tokNumber {
		return false
	}
	t := strings.ToLower(toks[0].text)
	if strings.HasPrefix(t, "0x") {
		_, err := strconv.ParseInt(t[2:], 16, 64)
		return err == nil
	}
	_, err := strconv.ParseFloat(t, 64)
	return err == nil
}

// sqlQuoteString renders s as a single-quoted SQL literal.
func sqlQuoteString(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }
