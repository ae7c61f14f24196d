package prisma

import (
	"maps"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/migsync/migsync/internal/similar"
)

// maxErrors bounds the diagnostics reported for one file; garbage input
// would otherwise produce one per line.
const maxErrors = 100

// maxDepth bounds the nesting of arrays and calls in an expression.
const maxDepth = 64

// ParseFile parses one .prisma file. It never panics: on a syntax error it
// reports a positioned diagnostic, skips to the next line (or block) and
// carries on, returning everything it could parse.
func ParseFile(path string, src []byte) (*File, []Diagnostic) {
	p := &parser{last: tNewline}
	p.lx = newLexer(path, string(src), p.errorAt)
	f := &File{Path: path}
	p.parseTop(f)
	p.checkConfig(f)
	sort.SliceStable(p.diags, func(i, j int) bool { return p.diags[i].Pos.Offset < p.diags[j].Pos.Offset })
	return f, p.diags
}

// ParseSchema parses the files of a schema (one file, or every file of a
// multi-file schema folder). Files are sorted by path.
func ParseSchema(files map[string][]byte) (*Schema, []Diagnostic) {
	paths := slices.Sorted(maps.Keys(files))
	s := &Schema{}
	var diags []Diagnostic
	for _, path := range paths {
		f, d := ParseFile(path, files[path])
		s.Files = append(s.Files, f)
		diags = append(diags, d...)
	}
	return s, diags
}

// parser is a recursive-descent parser over a token stream with a few
// tokens of lookahead.
type parser struct {
	lx    *lexer
	la    [4]token // lookahead ring buffer; peek needs at most 3 tokens
	laPos int      // index of the next token in la
	laLen int      // number of buffered tokens
	diags []Diagnostic
	nerrs int

	last    tokKind  // kind of the last consumed token
	lastEnd Position // end of the last consumed token other than trivia
	errLine int      // line of the last syntax error, to report one per line
	doc     []string // pending `///` lines for the next declaration
}

// peek returns the k-th token ahead (k < len(p.la)) without consuming it.
func (p *parser) peek(k int) token {
	for p.laLen <= k {
		p.la[(p.laPos+p.laLen)%len(p.la)] = p.lx.next()
		p.laLen++
	}
	return p.la[(p.laPos+k)%len(p.la)]
}

// next consumes and returns the next token.
func (p *parser) next() token {
	t := p.peek(0)
	p.laPos = (p.laPos + 1) % len(p.la)
	p.laLen--
	p.last = t.kind
	switch t.kind {
	case tNewline, tComment, tDoc, tBlock, tEOF:
	default:
		p.lastEnd = t.end
	}
	return t
}

// errorAt reports a syntax error, at most one per line: the first error
// on a line usually explains the others.
func (p *parser) errorAt(pos Position, msg string) {
	if pos.Line == p.errLine {
		return
	}
	p.errLine = pos.Line
	p.report(pos, "error", msg)
}

func (p *parser) warnAt(pos Position, msg string) { p.report(pos, "warning", msg) }

func (p *parser) report(pos Position, severity, msg string) {
	p.nerrs++
	switch {
	case p.nerrs < maxErrors:
		p.diags = append(p.diags, Diagnostic{Pos: pos, Severity: severity, Message: msg})
	case p.nerrs == maxErrors:
		p.diags = append(p.diags, Diagnostic{Pos: pos, Severity: "error", Message: "too many errors; giving up reporting"})
	}
}

// unexpected reports the token at hand and what was wanted instead.
func (p *parser) unexpected(want string) {
	t := p.peek(0)
	p.errorAt(t.start, "expected "+want+", found "+t.describe())
}

// skipLine drops the rest of the current line, including its line break.
func (p *parser) skipLine() {
	for {
		switch p.peek(0).kind {
		case tEOF:
			return
		case tNewline:
			p.next()
			return
		}
		p.next()
	}
}

// endLine accepts an optional trailing comment and the end of the line,
// returning the text of a trailing `///` comment. A
// closing brace is left for the block to consume.
func (p *parser) endLine(what string) (doc string) {
	switch t := p.peek(0); t.kind {
	case tDoc:
		doc = docText(t.text)
		p.next()
	case tBlock:
		doc = strings.TrimSpace(t.text)
		p.next()
	case tComment:
		p.next()
	}
	switch p.peek(0).kind {
	case tNewline:
		p.next()
	case tEOF:
	case tRBrace:
		p.unexpected("end of line after " + what)
	default:
		p.unexpected("end of line after " + what)
		p.skipLine()
	}
	return doc
}

// addDoc appends a trailing `///` comment to a declaration's documentation.
func addDoc(doc, trailing string) string {
	if doc == "" || trailing == "" {
		return doc + trailing
	}
	return doc + "\n" + trailing
}

// skipTrivia consumes empty lines and comment lines, collecting `///` lines
// as the documentation of the next declaration. A blank line detaches them.
func (p *parser) skipTrivia() {
	for {
		switch t := p.peek(0); t.kind {
		case tNewline:
			if p.last == tNewline {
				p.doc = p.doc[:0]
			}
			p.next()
		case tDoc:
			p.doc = append(p.doc, docText(t.text))
			p.next()
		case tBlock:
			// Prisma keeps a block comment's inside, trimmed, as one entry.
			p.doc = append(p.doc, strings.TrimSpace(t.text))
			p.next()
		case tComment:
			p.next()
		default:
			return
		}
	}
}

// docText is the documentation text of a `///` comment: Prisma drops the
// leading white space only.
func docText(text string) string { return strings.TrimLeftFunc(text, unicode.IsSpace) }

func (p *parser) takeDoc() string {
	d := strings.Join(p.doc, "\n")
	p.doc = p.doc[:0]
	return d
}

var blockKeywords = map[string]bool{
	"model": true, "view": true, "type": true, "enum": true, "datasource": true, "generator": true,
}

// nearKeyword returns the block keyword that word is a likely typo of
// (at most two single-character edits away), or "".
func nearKeyword(word string) string {
	w := strings.ToLower(word)
	for _, k := range []string{"model", "enum", "view", "type", "datasource", "generator"} {
		if w == k || similar.Distance(w, k) <= 2 && len(w) > 2 {
			return k
		}
	}
	return ""
}

// atBlockStart reports whether the tokens at hand open a top-level block
// (`model Name {`), used to recover from a missing closing brace.
func (p *parser) atBlockStart() bool {
	return p.peek(0).kind == tIdent && blockKeywords[p.peek(0).text] &&
		p.peek(1).kind == tIdent && p.peek(2).kind == tLBrace
}

func (p *parser) parseTop(f *File) {
	for {
		p.skipTrivia()
		t := p.peek(0)
		switch t.kind {
		case tEOF:
			return
		case tIdent:
			if b := p.parseBlock(); b != nil {
				f.Blocks = append(f.Blocks, b)
			}
		case tRBrace:
			p.errorAt(t.start, "unmatched '}'")
			p.next()
		default:
			p.errorAt(t.start, "this line does not start with a Prisma schema keyword (model, enum, type, view, datasource, generator)")
			p.skipLine()
		}
		p.doc = p.doc[:0]
	}
}

// parseBlock parses a top-level declaration starting at an identifier.
func (p *parser) parseBlock() Block {
	kw := p.peek(0)
	switch {
	case kw.text == "type" && p.peek(1).kind == tIdent && p.peek(2).kind == tEquals:
		p.errorAt(kw.start, "type aliases are not supported; use a composite type (type Name { … })")
		p.skipLine()
		return nil
	case !blockKeywords[kw.text]:
		if p.peek(1).kind == tLBrace || (p.peek(1).kind == tIdent && p.peek(2).kind == tLBrace) {
			msg := "block " + strconv.Quote(kw.text) + " does not start with a Prisma schema keyword (model, enum, type, view, datasource, generator)"
			if k := nearKeyword(kw.text); k != "" {
				msg = "unknown keyword " + strconv.Quote(kw.text) + "; did you mean " + strconv.Quote(k) + "?"
			}
			p.errorAt(kw.start, msg)
			p.skipBlock()
			return nil
		}
		p.errorAt(kw.start, "this line does not start with a Prisma schema keyword (model, enum, type, view, datasource, generator)")
		p.skipLine()
		return nil
	}
	doc := p.takeDoc()
	p.next()
	name, ok := p.blockName(kw.text)
	if !ok {
		return nil
	}
	span := Span{Start: kw.start}
	switch kw.text {
	case "enum":
		e := &Enum{Name: name.text, NameSpan: Span{name.start, name.end}, Doc: doc}
		span.End = p.parseBody(kw, "enum", func() { p.parseEnumLine(e) })
		e.Span = span
		return e
	case "datasource":
		d := &Datasource{Name: name.text}
		span.End = p.parseBody(kw, "datasource", func() { d.Properties = p.parseProperty(d.Properties) })
		d.Span = span
		return d
	case "generator":
		g := &Generator{Name: name.text}
		span.End = p.parseBody(kw, "generator", func() { g.Properties = p.parseProperty(g.Properties) })
		g.Span = span
		return g
	}
	m := &Model{Kind: ModelKind(kw.text), Name: name.text, NameSpan: Span{name.start, name.end}, Doc: doc}
	span.End = p.parseBody(kw, kw.text, func() { p.parseModelLine(m) })
	m.Span = span
	return m
}

// blockName reads the name after a block keyword and the opening brace.
func (p *parser) blockName(keyword string) (token, bool) {
	name := p.peek(0)
	if name.kind != tIdent {
		p.unexpected("a name after " + strconv.Quote(keyword))
		p.skipBlock()
		return name, false
	}
	p.next()
	p.checkName(name, keyword)
	if p.peek(0).kind != tLBrace {
		p.unexpected("'{' after " + keyword + " " + strconv.Quote(name.text))
		p.skipBlock()
		return name, false
	}
	p.next()
	p.restOfOpeningLine()
	return name, true
}

// restOfOpeningLine skips what follows '{' on its line. Prisma ignores it
// silently; anything but a comment earns a warning here, since it is
// usually a declaration written on the wrong line.
func (p *parser) restOfOpeningLine() {
	switch t := p.peek(0); t.kind {
	case tComment, tDoc, tBlock:
		p.next()
	case tNewline, tEOF:
	default:
		closes := false
		for k := p.peek(0).kind; k != tNewline && k != tEOF; k = p.peek(0).kind {
			closes = closes || k == tRBrace
			p.next()
		}
		if closes {
			p.errorAt(t.start, "a block cannot be closed on the line that opens it; put '}' on its own line")
		} else {
			p.warnAt(t.start, "text after '{' is ignored; start declarations on the next line")
		}
	}
	if p.peek(0).kind == tNewline {
		p.next()
	}
}

// checkName reports a name Prisma rejects: one with '.' or '-' in it, or
// one starting with a digit.
func (p *parser) checkName(t token, what string) {
	var problem string
	switch {
	case strings.Contains(t.text, "."):
		problem = "the character '.' is not allowed in names"
	case strings.Contains(t.text, "-"):
		problem = "the character '-' is not allowed in names"
	case isDigit(t.text[0]):
		problem = "names must not start with a digit"
	default:
		return
	}
	p.errorAt(t.start, "invalid "+what+" name "+strconv.Quote(t.text)+": "+problem)
}

// skipBlock skips the rest of an invalid block header line and, if that
// line opens a block, the block's lines up to a line starting with '}'.
func (p *parser) skipBlock() {
	opens := false
	for k := p.peek(0).kind; k != tNewline && k != tEOF; k = p.peek(0).kind {
		opens = opens || k == tLBrace
		p.next()
	}
	if !opens {
		p.skipLine()
		return
	}
	for {
		p.skipTrivia()
		switch {
		case p.peek(0).kind == tRBrace:
			p.next()
			return
		case p.peek(0).kind == tEOF || p.atBlockStart():
			return
		}
		p.skipLine()
	}
}

// parseBody parses the lines of a block up to its closing brace and
// returns the end of the block. line parses one line starting at a token
// that is neither trivia nor a closing brace.
func (p *parser) parseBody(kw token, what string, line func()) Position {
	for {
		p.skipTrivia()
		t := p.peek(0)
		switch {
		case t.kind == tRBrace:
			p.next()
			p.doc = p.doc[:0]
			return t.end
		case t.kind == tEOF:
			p.errorAt(kw.start, "missing '}' to close this "+what+" block")
			return p.lastEnd
		case p.atBlockStart():
			p.errorAt(kw.start, "missing '}' to close this "+what+" block")
			return p.lastEnd
		}
		line()
	}
}

func (p *parser) parseModelLine(m *Model) {
	switch t := p.peek(0); t.kind {
	case tAtAt:
		p.doc = p.doc[:0]
		if a := p.parseAttribute(); a != nil {
			m.Attributes = append(m.Attributes, a)
			p.endLine("block attribute")
		} else {
			p.skipLine()
		}
	case tIdent:
		m.Fields = append(m.Fields, p.parseField())
	default:
		p.errorAt(t.start, "expected a field or a block attribute (@@…) in "+string(m.Kind)+" "+strconv.Quote(m.Name)+", found "+t.describe())
		p.skipLine()
	}
}

func (p *parser) parseField() *Field {
	name := p.next()
	f := &Field{Name: name.text, Doc: p.takeDoc()}
	p.checkName(name, "field")
	if p.peek(0).kind == tColon {
		p.errorAt(p.peek(0).start, "field declarations do not take a ':'")
		p.next()
	}
	ok := true
	switch p.peek(0).kind {
	case tIdent, tLBrack:
		f.Type, ok = p.parseFieldType()
	default:
		p.errorAt(name.end, "field "+strconv.Quote(name.text)+" has no type")
		f.Type.Span = Span{Start: name.end, End: name.end}
	}
	for ok && p.peek(0).kind == tAt {
		a := p.parseAttribute()
		if a == nil {
			ok = false
			break
		}
		f.Attributes = append(f.Attributes, a)
	}
	f.Span = Span{Start: name.start, End: p.lastEnd}
	if ok {
		f.Doc = addDoc(f.Doc, p.endLine("field "+strconv.Quote(name.text)))
	} else {
		p.skipLine()
	}
	return f
}

// parseFieldType parses Type, Type?, Type[], Unsupported("…") and reports
// the legacy forms Type!, [Type] and the invalid Type[]?.
func (p *parser) parseFieldType() (ft FieldType, ok bool) {
	start := p.peek(0).start
	defer func() { ft.Span = Span{Start: start, End: p.lastEnd} }()
	if p.peek(0).kind == tLBrack {
		p.errorAt(start, "the list syntax [Type] is not supported; write Type[]")
		p.next()
		ft.List = true
	}
	name := p.peek(0)
	if name.kind != tIdent {
		p.unexpected("a type name")
		return ft, false
	}
	p.next()
	ft.Name = name.text
	p.checkName(name, "type")
	if name.text == "Unsupported" && p.peek(0).kind == tLParen {
		if lp := p.next(); lp.start.Offset != name.end.Offset {
			p.errorAt(lp.start, `write Unsupported("type") without a space before '('`)
		}
		s := p.peek(0)
		if s.kind != tString {
			p.unexpected(`a string: Unsupported("type")`)
			return ft, false
		}
		p.next()
		ft.Unsupported = s.text
		if !p.expect(tRParen, "')' after the Unsupported type") {
			return ft, false
		}
	}
	if ft.List { // legacy [Type]
		if !p.expect(tRBrack, "']'") {
			return ft, false
		}
	} else if p.peek(0).kind == tLBrack && p.peek(1).kind == tRBrack {
		p.next()
		p.next()
		ft.List = true
	}
	switch t := p.peek(0); t.kind {
	case tQuestion:
		p.next()
		if ft.List {
			p.errorAt(t.start, "optional lists (Type[]?) are not supported")
		} else {
			ft.Optional = true
		}
	case tBang:
		p.next()
		p.errorAt(t.start, "the required marker '!' is not supported; fields are required unless marked '?'")
	}
	return ft, true
}

// expect consumes a token of the kind or reports what was wanted.
func (p *parser) expect(k tokKind, want string) bool {
	if p.peek(0).kind != k {
		p.unexpected(want)
		return false
	}
	p.next()
	return true
}

// parseAttribute parses @name(args) or @@name(args); nil after an error.
func (p *parser) parseAttribute() *Attribute {
	at := p.next()
	name := p.peek(0)
	if name.kind != tIdent {
		p.unexpected("an attribute name after " + at.text)
		return nil
	}
	p.next()
	a := &Attribute{Name: name.text, Block: at.kind == tAtAt}
	if p.peek(0).kind == tLParen {
		args, ok := p.parseArgs(0)
		if !ok {
			return nil
		}
		a.Args = args
	}
	a.Span = Span{Start: at.start, End: p.lastEnd}
	return a
}

// parseArgs parses a parenthesised argument list. A trailing comma is
// reported (Prisma rejects it) but does not stop the parse.
func (p *parser) parseArgs(depth int) ([]*Arg, bool) {
	p.next()         // (
	args := []*Arg{} // not nil: f() differs from f
	for {
		if p.peek(0).kind == tRParen {
			p.next()
			return args, true
		}
		arg, ok := p.parseArg(depth)
		if !ok {
			return args, false
		}
		if arg != nil {
			args = append(args, arg)
		}
		switch t := p.peek(0); t.kind {
		case tComma:
			p.next()
			if p.peek(0).kind == tRParen {
				p.errorAt(t.start, "trailing comma in argument list")
			}
		case tRParen:
		default:
			p.unexpected("',' or ')'")
			return args, false
		}
	}
}

// parseArg parses `name: value` or `value`. An argument with a name but no
// value (`name:`) is reported and dropped.
func (p *parser) parseArg(depth int) (*Arg, bool) {
	start := p.peek(0)
	name := ""
	if start.kind == tIdent && p.peek(1).kind == tColon {
		name = start.text
		p.next()
		p.next()
		if k := p.peek(0).kind; k == tComma || k == tRParen {
			p.errorAt(start.start, "argument "+strconv.Quote(name)+" has no value")
			return nil, true
		}
	}
	v := p.parseExpr(depth + 1)
	if v == nil {
		return nil, false
	}
	return &Arg{Name: name, Value: v, Span: Span{Start: start.start, End: v.ExprSpan().End}}, true
}

// parseExpr parses a value: string, number, identifier or path, array or
// function call. It returns nil after reporting an error.
func (p *parser) parseExpr(depth int) Expr {
	if depth > maxDepth {
		p.errorAt(p.peek(0).start, "expression nested too deeply")
		return nil
	}
	t := p.peek(0)
	switch t.kind {
	case tString:
		p.next()
		return &StringLit{Value: t.text, Span: Span{t.start, t.end}}
	case tNumber:
		p.next()
		return &NumberLit{Value: t.text, Span: Span{t.start, t.end}}
	case tIdent:
		if isDigit(t.text[0]) {
			p.errorAt(t.start, "invalid number "+strconv.Quote(t.text))
			return nil
		}
		p.next()
		if p.peek(0).kind != tLParen {
			return &Ident{Name: t.text, Span: Span{t.start, t.end}}
		}
		args, ok := p.parseArgs(depth)
		if !ok {
			return nil
		}
		return &Call{Name: t.text, Args: args, Span: Span{t.start, p.lastEnd}}
	case tLBrack:
		return p.parseArray(depth)
	}
	p.unexpected("a value")
	return nil
}

// parseArray parses `[a, b]`.
func (p *parser) parseArray(depth int) Expr {
	open := p.next()
	arr := &Array{}
	for p.peek(0).kind != tRBrack {
		v := p.parseExpr(depth + 1)
		if v == nil {
			return nil
		}
		arr.Elems = append(arr.Elems, v)
		if p.peek(0).kind == tRBrack {
			break
		}
		if !p.expect(tComma, "',' or ']'") {
			return nil
		}
		if t := p.peek(0); t.kind == tRBrack {
			p.errorAt(t.start, "trailing comma in list")
		}
	}
	p.next()
	arr.Span = Span{Start: open.start, End: p.lastEnd}
	return arr
}

func (p *parser) parseEnumLine(e *Enum) {
	switch t := p.peek(0); t.kind {
	case tAtAt:
		p.doc = p.doc[:0]
		if a := p.parseAttribute(); a != nil {
			e.Attributes = append(e.Attributes, a)
			p.endLine("block attribute")
		} else {
			p.skipLine()
		}
	case tIdent:
		p.next()
		v := &EnumValue{Name: t.text, Doc: p.takeDoc()}
		p.checkName(t, "enum value")
		ok := true
		for ok && p.peek(0).kind == tAt {
			a := p.parseAttribute()
			if a == nil {
				ok = false
				break
			}
			v.Attributes = append(v.Attributes, a)
		}
		v.Span = Span{Start: t.start, End: p.lastEnd}
		e.Values = append(e.Values, v)
		if ok {
			v.Doc = addDoc(v.Doc, p.endLine("enum value "+strconv.Quote(t.text)))
		} else {
			p.skipLine()
		}
	default:
		p.errorAt(t.start, "expected an enum value or a block attribute (@@…) in enum "+strconv.Quote(e.Name)+", found "+t.describe())
		p.skipLine()
	}
}

// parseProperty parses `key = value` in a datasource or generator block.
func (p *parser) parseProperty(props []*Property) []*Property {
	p.doc = p.doc[:0]
	key := p.peek(0)
	if key.kind != tIdent {
		p.errorAt(key.start, "expected a property (key = value), found "+key.describe())
		p.skipLine()
		return props
	}
	p.next()
	if !p.expect(tEquals, "'=' after "+strconv.Quote(key.text)) {
		p.skipLine()
		return props
	}
	v := p.parseExpr(0)
	if v == nil {
		p.skipLine()
		return props
	}
	props = append(props, &Property{Key: key.text, Value: v, Span: Span{Start: key.start, End: v.ExprSpan().End}})
	p.endLine("property " + strconv.Quote(key.text))
	return props
}

// checkConfig reports problems in datasource and generator blocks that the
// lowering does not: a generator without a provider, and values that are
// unrendered template placeholders such as "{{PRISMA_PROVIDER}}" (the file
// is then a template for a schema, not a schema). Datasource providers are
// checked when lowering, which needs them.
func (p *parser) checkConfig(f *File) {
	for _, b := range f.Blocks {
		var props []*Property
		switch b := b.(type) {
		case *Datasource:
			props = b.Properties
		case *Generator:
			props = b.Properties
			if b.Property("provider") == nil {
				p.report(b.Span.Start, "error", "generator "+strconv.Quote(b.Name)+" has no provider")
			}
		}
		for _, prop := range props {
			if s, ok := prop.Value.(*StringLit); ok && isPlaceholder(s.Value) {
				p.report(s.Span.Start, "warning", prop.Key+" "+strconv.Quote(s.Value)+
					" looks like an unrendered template placeholder; is this file a template rather than a schema?")
			}
		}
	}
}

// isPlaceholder reports whether s contains a {{…}} template placeholder.
func isPlaceholder(s string) bool {
	i := strings.Index(s, "{{")
	return i >= 0 && strings.Contains(s[i+2:], "}}")
}
