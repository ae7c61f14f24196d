package sqlddl

import (
	"iter"
	"slices"
	"strings"
)

// This file holds the small SQL lexer shared by the SQLite and MySQL replays:
// it splits a migration script into statements (with their line numbers) and
// gives the tokens of a statement, aware of quotes, comments and SQLite
// trigger bodies. It does not understand SQL beyond that.

// lexMode selects the quoting rules of a dialect.
type lexMode int

const (
	lexSQLite lexMode = iota // '…' strings, "…" `…` […] identifiers, no backslash escapes
	lexMySQL                 // '…' "…" strings with backslash escapes, `…` identifiers, # comments
)

// tokKind classifies a token.
type tokKind int

const (
	tokWord   tokKind = iota // bare identifier or keyword
	tokQuoted                // quoted identifier ("x", `x`, [x])
	tokString                // string literal ('x'; "x" in MySQL)
	tokNumber                // numeric literal
	tokPunct                 // any other single character, e.g. ( ) , ; .
)

// token is one lexical token of a script.
type token struct {
	kind tokKind
	text string // the token exactly as written, quotes included
	off  int    // byte offset in the script
	line int    // 1-based line of the token's first byte
}

// is reports whether the token is the bare keyword kw (case-insensitive).
func (t token) is(kw string) bool { return t.kind == tokWord && strings.EqualFold(t.text, kw) }

// punct reports whether the token is the punctuation character c.
func (t token) punct(c byte) bool { return t.kind == tokPunct && len(t.text) == 1 && t.text[0] == c }

// ident returns the identifier a word or quoted token names, unquoted; for a
// string literal it returns the string's value (SQLite and MySQL accept
// string literals in some identifier positions).
func (t token) ident() string {
	switch t.kind {
	case tokQuoted, tokString:
		return unquoteIdent(t.text)
	}
	return t.text
}

// unquoteIdent removes one level of quoting from "x", `x`, [x] or 'x', undoubling
// the quote character inside. Other text is returned unchanged.
func unquoteIdent(s string) string {
	if len(s) < 2 {
		return s
	}
	open, close := s[0], s[len(s)-1]
	switch {
	case open == '[' && close == ']':
		return s[1 : len(s)-1]
	case (open == '"' || open == '`' || open == '\'') && close == open:
		q := string(open)
		return strings.ReplaceAll(s[1:len(s)-1], q+q, q)
	}
	return s
}

// lexer walks a script and produces tokens.
type lexer struct {
	src  string
	mode lexMode
	pos  int
	line int
}

func newLexer(src string, mode lexMode) *lexer { return &lexer{src: src, mode: mode, line: 1} }

// next returns the next token; ok is false at the end of the input.
// Comments and white space are skipped. An unterminated quote or comment runs
// to the end of the input (the database reports the error).
func (lx *lexer) next() (token, bool) {
	lx.skipSpaceAndComments()
	if lx.pos >= len(lx.src) {
		return token{}, false
	}
	start, line := lx.pos, lx.line
	c := lx.src[lx.pos]
	kind := tokPunct
	switch {
	case c == '\'':
		kind = tokString
		lx.quoted('\'')
	case c == '"':
		kind = tokQuoted
		if lx.mode == lexMySQL {
			kind = tokString
		}
		lx.quoted('"')
	case c == '`':
		kind = tokQuoted
		lx.quoted('`')
	case c == '[' && lx.mode == lexSQLite:
		kind = tokQuoted
		lx.until(']')
	case isDigit(c) || (c == '.' && lx.pos+1 < len(lx.src) && isDigit(lx.src[lx.pos+1])):
		kind = tokNumber
		lx.number()
	case isIdentStart(c):
		kind = tokWord
		for lx.pos < len(lx.src) && isIdentPart(lx.src[lx.pos]) {
			lx.pos++
		}
	default:
		lx.advance()
	}
	return token{kind: kind, text: lx.src[start:lx.pos], off: start, line: line}, true
}

// advance moves past one byte, counting lines.
func (lx *lexer) advance() {
	if lx.src[lx.pos] == '\n' {
		lx.line++
	}
	lx.pos++
}

func (lx *lexer) skipSpaceAndComments() {
	for lx.pos < len(lx.src) {
		c := lx.src[lx.pos]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			lx.advance()
		case c == '-' && strings.HasPrefix(lx.src[lx.pos:], "--") && lx.dashComment():
			lx.lineComment()
		case c == '#' && lx.mode == lexMySQL:
			lx.lineComment()
		case c == '/' && strings.HasPrefix(lx.src[lx.pos:], "/*") && !lx.mysqlExecComment():
			lx.pos += 2
			end := strings.Index(lx.src[lx.pos:], "*/")
			stop := len(lx.src)
			if end >= 0 {
				stop = lx.pos + end + 2
			}
			lx.line += strings.Count(lx.src[lx.pos:stop], "\n")
			lx.pos = stop
		default:
			return
		}
	}
}

// dashComment reports whether "--" at pos starts a comment: always in SQLite,
// only when followed by white space (or the end) in MySQL.
func (lx *lexer) dashComment() bool {
	if lx.mode != lexMySQL {
		return true
	}
	if lx.pos+2 >= len(lx.src) {
		return true
	}
	c := lx.src[lx.pos+2]
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// mysqlExecComment reports a MySQL executable comment (/*! … */ or /*+ … */),
// whose content MySQL runs; it is tokenised like ordinary text.
func (lx *lexer) mysqlExecComment() bool {
	if lx.mode != lexMySQL || lx.pos+2 >= len(lx.src) {
		return false
	}
	c := lx.src[lx.pos+2]
	return c == '!'
}

func (lx *lexer) lineComment() {
	for lx.pos < len(lx.src) && lx.src[lx.pos] != '\n' {
		lx.pos++
	}
}

// quoted consumes a quoted token whose quote is doubled inside; in MySQL mode
// string literals also know backslash escapes.
func (lx *lexer) quoted(q byte) {
	lx.pos++
	for lx.pos < len(lx.src) {
		c := lx.src[lx.pos]
		switch {
		case c == '\\' && lx.mode == lexMySQL && q != '`':
			lx.pos++
			if lx.pos < len(lx.src) {
				lx.advance()
			}
			continue
		case c == q:
			lx.pos++
			if lx.pos < len(lx.src) && lx.src[lx.pos] == q {
				lx.pos++
				continue
			}
			return
		}
		lx.advance()
	}
}

func (lx *lexer) until(end byte) {
	for lx.pos < len(lx.src) {
		c := lx.src[lx.pos]
		lx.advance()
		if c == end {
			return
		}
	}
}

func (lx *lexer) number() {
	for lx.pos < len(lx.src) {
		c := lx.src[lx.pos]
		switch {
		case isIdentPart(c) || c == '.':
			lx.pos++
		case (c == '+' || c == '-') && lx.pos > 0 && (lx.src[lx.pos-1] == 'e' || lx.src[lx.pos-1] == 'E'):
			lx.pos++
		default:
			return
		}
	}
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isIdentStart(c byte) bool {
	return c == '_' || c == '$' || c >= 0x80 || (c|0x20 >= 'a' && c|0x20 <= 'z')
}
func isIdentPart(c byte) bool { return isIdentStart(c) || isDigit(c) }

// tokenize returns all tokens of src.
func tokenize(src string, mode lexMode) []token {
	lx := newLexer(src, mode)
	var toks []token
	for {
		t, ok := lx.next()
		if !ok {
			return toks
		}
		toks = append(toks, t)
	}
}

// statement is one SQL statement of a script.
type statement struct {
	Text    string // from its first token to its last, without the final ';'
	Line    int    // 1-based line of the first token
	EndLine int    // line of the last token
	Off     int    // byte offset of the first token in the script
	Tokens  []token
}

// splitStatements cuts a script into statements at top-level semicolons.
// Semicolons inside quotes, comments and compound bodies (SQLite CREATE
// TRIGGER … BEGIN … END; MySQL CREATE TRIGGER/PROCEDURE/FUNCTION/EVENT with
// BEGIN … END blocks) do not end a statement. Empty statements are dropped.
func splitStatements(src string, mode lexMode) []statement {
	return slices.Collect(statements(src, mode))
}

// statements yields the statements splitStatements returns, one at a time:
// a replay holds one statement's tokens, not the whole script's (a
// migration of a million tiny statements would otherwise hold tens of
// bytes of tokens per byte of SQL).
func statements(src string, mode lexMode) iter.Seq[statement] {
	return func(yield func(statement) bool) {
		var cur []token
		depth := 0 // open BEGIN blocks of a compound statement
		flush := func() bool {
			more := true
			if len(cur) > 0 {
				first, last := cur[0], cur[len(cur)-1]
				more = yield(statement{
					Text:    src[first.off : last.off+len(last.text)],
					Line:    first.line,
					EndLine: last.line + strings.Count(last.text, "\n"),
					Off:     first.off,
					Tokens:  cur,
				})
			}
			cur, depth = nil, 0
			return more
		}
		lx := newLexer(src, mode)
		for {
			t, ok := lx.next()
			if !ok {
				flush()
				return
			}
			if t.is("BEGIN") && isCompoundCreate(cur, mode) {
				depth++
			}
			if t.punct(';') {
				end := true
				if isCompoundCreate(cur, mode) {
					closes := closesBlock(cur)
					if closes {
						depth--
					}
					end = depth <= 0
					if mode == lexSQLite {
						end = closes // a SQLite trigger always has one BEGIN … END
					}
				}
				if end {
					if !flush() {
						return
					}
					continue
				}
			}
			cur = append(cur, t)
		}
	}
}

// closesBlock reports whether toks end with "; END" or "BEGIN END", the end of
// a BEGIN block when a ';' follows (like sqlite3_complete, so that a
// CASE … END; inside the block does not close it).
func closesBlock(toks []token) bool {
	n := len(toks)
	return n >= 2 && toks[n-1].is("END") && (toks[n-2].punct(';') || toks[n-2].is("BEGIN"))
}

// isCompoundCreate reports whether toks start a statement whose body may hold
// semicolons: CREATE [TEMP] TRIGGER in SQLite; CREATE [DEFINER = x]
// TRIGGER/PROCEDURE/FUNCTION/EVENT in MySQL.
func isCompoundCreate(toks []token, mode lexMode) bool {
	if len(toks) == 0 || !toks[0].is("CREATE") {
		return false
	}
	limit := min(len(toks), 12)
	for _, t := range toks[1:limit] {
		switch {
		case t.is("TRIGGER"):
			return true
		case mode == lexMySQL && (t.is("PROCEDURE") || t.is("FUNCTION") || t.is("EVENT")):
			return true
		case t.is("TABLE") || t.is("INDEX") || t.is("VIEW"):
			return false
		}
	}
	return false
}

// keywordsAt reports whether toks start with the given keywords.
func keywordsAt(toks []token, kws ...string) bool {
	if len(toks) < len(kws) {
		return false
	}
	for i, kw := range kws {
		if !toks[i].is(kw) {
			return false
		}
	}
	return true
}

// groupElements splits the tokens inside the parenthesised list that starts
// at toks[open] (which must be '(') into its comma-separated elements. It
// returns the non-empty elements and the index just past the closing ')'.
func groupElements(toks []token, open int) ([][]token, int) {
	var elems [][]token
	depth := 0
	start := open + 1
	for i := open; i < len(toks); i++ {
		t := toks[i]
		switch {
		case t.punct('('):
			depth++
		case t.punct(')'):
			depth--
			if depth == 0 {
				if i > start {
					elems = append(elems, toks[start:i])
				}
				return elems, i + 1
			}
		case t.punct(',') && depth == 1:
			if i > start {
				elems = append(elems, toks[start:i])
			}
			start = i + 1
		}
	}
	if start < len(toks) {
		elems = append(elems, toks[start:])
	}
	return elems, len(toks)
}

// tokensText returns the source text spanned by toks (comments between them
// included), or "" for none.
func tokensText(src string, toks []token) string {
	if len(toks) == 0 {
		return ""
	}
	first, last := toks[0], toks[len(toks)-1]
	return src[first.off : last.off+len(last.text)]
}

// normalizeSpace collapses runs of white space to one blank.
func normalizeSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// clipStatement shortens a statement for a Notice.
func clipStatement(s string) string {
	s = normalizeSpace(s)
	const max = 200
	if len(s) > max {
		// cut on a rune boundary
		cut := max
		for cut > 0 && s[cut]&0xC0 == 0x80 {
			cut--
		}
		return s[:cut] + "…"
	}
	return s
}
