package prisma

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// tokKind classifies a token of the Prisma Schema Language. Newlines are
// tokens because PSL is line-oriented: a field, an enum value, a property or
// a block attribute ends at the end of its line.
type tokKind int

const (
	tEOF tokKind = iota
	tNewline
	tIdent   // identifier or dotted path: id, db.VarChar
	tNumber  // -1, 2.5
	tString  // "…", text holds the unescaped value
	tComment // // …, text holds what follows the slashes
	tDoc     // /// …, text holds what follows the slashes
	tBlock   // /* … */, possibly over several lines; text holds the inside
	tLBrace
	tRBrace
	tLParen
	tRParen
	tLBrack
	tRBrack
	tComma
	tColon
	tEquals
	tQuestion
	tBang
	tAt
	tAtAt
	tIllegal // a character that cannot start any token
)

var tokNames = [...]string{
	tEOF: "end of file", tNewline: "end of line", tIdent: "identifier",
	tNumber: "number", tString: "string", tComment: "comment", tDoc: "doc comment", tBlock: "block comment",
	tLBrace: "'{'", tRBrace: "'}'", tLParen: "'('", tRParen: "')'",
	tLBrack: "'['", tRBrack: "']'", tComma: "','", tColon: "':'", tEquals: "'='",
	tQuestion: "'?'", tBang: "'!'", tAt: "'@'", tAtAt: "'@@'", tIllegal: "character",
}

func (k tokKind) String() string { return tokNames[k] }

// token is one lexeme with its source range.
type token struct {
	kind       tokKind
	text       string // identifier, number, comment text or unescaped string value
	start, end Position
}

// describe names a token for an error message.
func (t token) describe() string {
	switch t.kind {
	case tIdent, tNumber:
		return quoteShort(t.text)
	case tIllegal:
		return "character " + strconv.Quote(t.text)
	case tString:
		return "string " + quoteShort(t.text)
	}
	return t.kind.String()
}

// quoteShort quotes s for a message, cutting it after 40 characters.
func quoteShort(s string) string {
	n := 0
	for i := range s {
		if n == 40 {
			return strconv.Quote(s[:i]) + "…"
		}
		n++
	}
	return strconv.Quote(s)
}

// lexer turns source text into tokens on demand, so memory stays
// proportional to the AST rather than to the token count.
type lexer struct {
	src  string
	file string
	off  int
	line int
	col  int // 1-based, counted in characters (runes)
	errs func(pos Position, msg string)
}

func newLexer(file, src string, errs func(Position, string)) *lexer {
	lx := &lexer{src: src, file: file, line: 1, col: 1, errs: errs}
	if strings.HasPrefix(src, "\uFEFF") {
		lx.off = len("\uFEFF") // a UTF-8 byte order mark is not content
	}
	return lx
}

func (lx *lexer) pos() Position {
	return Position{File: lx.file, Line: lx.line, Column: lx.col, Offset: lx.off}
}

// advance moves past n bytes that contain no line break.
func (lx *lexer) advance(n int) {
	lx.col += utf8.RuneCountInString(lx.src[lx.off : lx.off+n])
	lx.off += n
}

// next returns the next token.
func (lx *lexer) next() token {
	lx.skipSpace()
	start := lx.pos()
	if lx.off >= len(lx.src) {
		return token{kind: tEOF, start: start, end: start}
	}
	c := lx.src[lx.off]
	switch {
	case c == '\n' || c == '\r':
		n := 1
		if c == '\r' && lx.off+1 < len(lx.src) && lx.src[lx.off+1] == '\n' {
			n = 2
		}
		lx.off += n
		lx.line++
		lx.col = 1
		return token{kind: tNewline, start: start, end: lx.pos()}
	case c == '/' && strings.HasPrefix(lx.src[lx.off:], "//"):
		return lx.comment(start)
	case c == '/' && strings.HasPrefix(lx.src[lx.off:], "/*"):
		return lx.blockComment(start)
	case c == '"':
		return lx.str(start)
	case isDigit(c) || (c == '-' && lx.off+1 < len(lx.src) && isDigit(lx.src[lx.off+1])):
		return lx.number(start)
	case isIdentStart(c):
		return lx.ident(start)
	case c == '@':
		if strings.HasPrefix(lx.src[lx.off:], "@@") {
			lx.advance(2)
			return token{kind: tAtAt, text: "@@", start: start, end: lx.pos()}
		}
	}
	if k, ok := punct[c]; ok {
		lx.advance(1)
		return token{kind: k, text: string(c), start: start, end: lx.pos()}
	}
	_, size := utf8.DecodeRuneInString(lx.src[lx.off:])
	text := lx.src[lx.off : lx.off+size]
	lx.advance(size)
	return token{kind: tIllegal, text: text, start: start, end: lx.pos()}
}

var punct = map[byte]tokKind{
	'{': tLBrace, '}': tRBrace, '(': tLParen, ')': tRParen, '[': tLBrack, ']': tRBrack,
	',': tComma, ':': tColon, '=': tEquals, '?': tQuestion, '!': tBang, '@': tAt,
}

// skipSpace skips spaces, tabs and other Unicode space separators.
func (lx *lexer) skipSpace() {
	for lx.off < len(lx.src) {
		c := lx.src[lx.off]
		if c == ' ' || c == '\t' {
			lx.advance(1)
			continue
		}
		if c < utf8.RuneSelf {
			return
		}
		r, size := utf8.DecodeRuneInString(lx.src[lx.off:])
		if !unicode.Is(unicode.Zs, r) {
			return
		}
		lx.advance(size)
	}
}

func (lx *lexer) restOfLine() int {
	end := strings.IndexAny(lx.src[lx.off:], "\r\n")
	if end < 0 {
		return len(lx.src) - lx.off
	}
	return end
}

func (lx *lexer) comment(start Position) token {
	n := lx.restOfLine()
	text := lx.src[lx.off : lx.off+n]
	lx.advance(n)
	if strings.HasPrefix(text, "///") {
		return token{kind: tDoc, text: text[3:], start: start, end: lx.pos()}
	}
	return token{kind: tComment, text: text[2:], start: start, end: lx.pos()}
}

// blockComment scans /* … */, which may span lines.
func (lx *lexer) blockComment(start Position) token {
	body := lx.src[lx.off+2:]
	end := strings.Index(body, "*/")
	n := 2 + end + 2
	if end < 0 {
		end = len(body)
		n = len(lx.src) - lx.off
		lx.errs(start, "unterminated block comment: missing */")
	}
	text := body[:end]
	lx.advanceLines(n)
	return token{kind: tBlock, text: text, start: start, end: lx.pos()}
}

// advanceLines moves past n bytes that may contain line breaks.
func (lx *lexer) advanceLines(n int) {
	stop := lx.off + n
	for lx.off < stop {
		i := strings.IndexAny(lx.src[lx.off:stop], "\r\n")
		if i < 0 {
			lx.advance(stop - lx.off)
			return
		}
		lx.advance(i)
		if lx.src[lx.off] == '\r' && lx.off+1 < stop && lx.src[lx.off+1] == '\n' {
			lx.off++
		}
		lx.off++
		lx.line++
		lx.col = 1
	}
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isIdentStart reports whether c can begin an identifier: a letter or digit.
func isIdentStart(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c)
}

// isIdentChar reports whether c can continue an identifier.
func isIdentChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c) || c == '_' || c == '-'
}

// ident scans an identifier or a dotted path (db.VarChar) as one token.
func (lx *lexer) ident(start Position) token {
	i := lx.off
	for i < len(lx.src) && (isIdentChar(lx.src[i]) || lx.src[i] == '.') {
		i++
	}
	text := lx.src[lx.off:i]
	lx.advance(i - lx.off)
	return token{kind: tIdent, text: text, start: start, end: lx.pos()}
}

// number scans -?digits(.digits)?; a digit run that continues with letters
// is an identifier instead (identifiers may start with a digit).
func (lx *lexer) number(start Position) token {
	i := lx.off
	if lx.src[i] == '-' {
		i++
	}
	for i < len(lx.src) && isDigit(lx.src[i]) {
		i++
	}
	if i+1 < len(lx.src) && lx.src[i] == '.' && isDigit(lx.src[i+1]) {
		i += 2
		for i < len(lx.src) && isDigit(lx.src[i]) {
			i++
		}
	}
	if lx.src[lx.off] != '-' && i < len(lx.src) && (isIdentChar(lx.src[i]) || lx.src[i] == '.') {
		return lx.ident(start)
	}
	text := lx.src[lx.off:i]
	lx.advance(i - lx.off)
	return token{kind: tNumber, text: text, start: start, end: lx.pos()}
}

// str scans a JSON-style string literal and resolves its escapes. A string
// cannot span lines; an unterminated one ends at the line break.
func (lx *lexer) str(start Position) token {
	lx.advance(1) // opening quote
	if n := plainStringLen(lx.src[lx.off:]); n >= 0 {
		text := lx.src[lx.off : lx.off+n]
		lx.advance(n + 1)
		return token{kind: tString, text: text, start: start, end: lx.pos()}
	}
	var b strings.Builder
	plainFrom := lx.off
	flush := func() { b.WriteString(lx.src[plainFrom:lx.off]) }
	for {
		if lx.off >= len(lx.src) || lx.src[lx.off] == '\n' || lx.src[lx.off] == '\r' {
			flush()
			lx.errs(start, "unterminated string literal")
			return token{kind: tString, text: b.String(), start: start, end: lx.pos()}
		}
		c := lx.src[lx.off]
		switch {
		case c == '"':
			flush()
			lx.advance(1)
			return token{kind: tString, text: b.String(), start: start, end: lx.pos()}
		case c == '\\':
			flush()
			lx.escape(&b)
			plainFrom = lx.off
		case c < 0x20:
			flush()
			lx.errs(lx.pos(), "control character "+strconv.QuoteRune(rune(c))+" in string literal; use an escape sequence")
			b.WriteByte(c)
			lx.advance(1)
			plainFrom = lx.off
		default:
			_, size := utf8.DecodeRuneInString(lx.src[lx.off:])
			lx.advance(size)
		}
	}
}

// plainStringLen returns the length of a string body up to its closing
// quote when it has no escapes or control characters, else -1.
func plainStringLen(s string) int {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '"':
			return i
		case c == '\\' || c < 0x20:
			return -1
		}
	}
	return -1
}

var simpleEscapes = map[byte]byte{'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}

// escape consumes one backslash escape and writes its value.
func (lx *lexer) escape(b *strings.Builder) {
	at := lx.pos()
	lx.advance(1) // backslash
	if lx.off >= len(lx.src) || lx.src[lx.off] == '\n' || lx.src[lx.off] == '\r' {
		b.WriteByte('\\')
		return // reported as unterminated by the caller
	}
	c := lx.src[lx.off]
	if v, ok := simpleEscapes[c]; ok {
		b.WriteByte(v)
		lx.advance(1)
		return
	}
	if c == 'u' {
		if r, ok := lx.hex4(lx.off + 1); ok {
			lx.advance(5)
			if utf16.IsSurrogate(r) {
				r = lx.lowSurrogate(at, r)
			}
			b.WriteRune(r)
			return
		}
		lx.errs(at, `invalid \u escape: want four hexadecimal digits`)
		b.WriteString(`\u`)
		lx.advance(1)
		return
	}
	_, size := utf8.DecodeRuneInString(lx.src[lx.off:])
	lx.errs(at, "unknown escape sequence "+strconv.Quote(`\`+lx.src[lx.off:lx.off+size]))
	b.WriteString(lx.src[lx.off : lx.off+size])
	lx.advance(size)
}

// lowSurrogate completes a UTF-16 surrogate pair escape (\ud83d\ude00)
// whose first half is hi, or reports the lone half.
func (lx *lexer) lowSurrogate(at Position, hi rune) rune {
	if strings.HasPrefix(lx.src[lx.off:], `\u`) {
		if lo, ok := lx.hex4(lx.off + 2); ok {
			if r := utf16.DecodeRune(hi, lo); r != utf8.RuneError {
				lx.advance(6)
				return r
			}
		}
	}
	lx.errs(at, `invalid \u escape: a UTF-16 surrogate must be followed by its pair`)
	return utf8.RuneError
}

func (lx *lexer) hex4(i int) (rune, bool) {
	if i+4 > len(lx.src) {
		return 0, false
	}
	v, err := strconv.ParseUint(lx.src[i:i+4], 16, 32)
	if err != nil {
		return 0, false
	}
	return rune(v), true
}
