package prisma

import (
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzParseFile feeds arbitrary input to the parser: it must not panic, and
// every diagnostic and AST position must lie within the input, with a line
// and column that agree with its byte offset.
func FuzzParseFile(f *testing.F) {
	// Seeds: the corpus schemas up to 20 kB (bigger ones slow the
	// minimisation of every new input down without adding syntax).
	err := filepath.WalkDir(corpusDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || !strings.HasSuffix(path, ".prisma") {
			return err
		}
		if src := readTestdata(f, path); len(src) <= 20_000 {
			f.Add(src)
		}
		return nil
	})
	if err != nil {
		f.Fatal(err)
	}
	for _, seed := range []string{
		"model A {\n  id Int @id @default(autoincrement())\n}\n",
		"\uFEFFmodel A {\r\n  a String @default(\"\\u00e9\\n\")\r\n}\r\n",
		"datasource db {\n  provider = {{PROVIDER}}\n}\n{{#each}}\n",
		"model A {\n  a Int @default(\n  @@index([a(sort: Desc)], type: Gin)\n",
		"/* unterminated\nmodel A {",
		"enum E {\n  A @map(\"a\") /// doc\n}\ntype T = Int\n",
		"model A {}\n}}}{{{\n\"\\",
		strings.Repeat("[", 200),
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		file, diags := ParseFile("f.prisma", src)
		ix := newLineIndex(string(src))
		for _, d := range diags {
			if d.Severity != "error" && d.Severity != "warning" {
				t.Errorf("diagnostic severity %q", d.Severity)
			}
			if err := checkPos(ix, d.Pos); err != nil {
				t.Errorf("diagnostic %q: %v", d.Message, err)
			}
		}
		for _, s := range fileSpans(file) {
			if err := checkPos(ix, s.Start); err != nil {
				t.Errorf("span start: %v", err)
			}
			if err := checkPos(ix, s.End); err != nil {
				t.Errorf("span end: %v", err)
			}
			if s.Start.Offset > s.End.Offset {
				t.Errorf("span %s ends before it starts", spanStr(s))
			}
		}
	})
}

// checkPos verifies that a position lies within src and that its line and
// column match its offset.
func checkPos(ix *lineIndex, pos Position) error {
	if pos.File != "f.prisma" {
		return fmt.Errorf("position in file %q", pos.File)
	}
	if pos.Offset < 0 || pos.Offset > len(ix.src) {
		return fmt.Errorf("offset %d outside input of %d bytes", pos.Offset, len(ix.src))
	}
	if line, col := ix.pos(pos.Offset); line != pos.Line || col != pos.Column {
		return fmt.Errorf("position %d:%d, but offset %d is at %d:%d", pos.Line, pos.Column, pos.Offset, line, col)
	}
	return nil
}

// fileSpans collects every span in a file's AST.
func fileSpans(f *File) []Span {
	var out []Span
	var expr func(Expr)
	args := func(list []*Arg) {
		for _, a := range list {
			out = append(out, a.Span)
			expr(a.Value)
		}
	}
	expr = func(e Expr) {
		out = append(out, e.ExprSpan())
		switch e := e.(type) {
		case *Array:
			for _, x := range e.Elems {
				expr(x)
			}
		case *Call:
			args(e.Args)
		}
	}
	attrs := func(list []*Attribute) {
		for _, a := range list {
			out = append(out, a.Span)
			args(a.Args)
		}
	}
	for _, b := range f.Blocks {
		out = append(out, b.BlockSpan())
		switch b := b.(type) {
		case *Model:
			out = append(out, b.NameSpan)
			for _, fl := range b.Fields {
				out = append(out, fl.Span, fl.Type.Span)
				attrs(fl.Attributes)
			}
			attrs(b.Attributes)
		case *Enum:
			out = append(out, b.NameSpan)
			for _, v := range b.Values {
				out = append(out, v.Span)
				attrs(v.Attributes)
			}
			attrs(b.Attributes)
		case *Datasource:
			for _, p := range b.Properties {
				out = append(out, p.Span)
				expr(p.Value)
			}
		case *Generator:
			for _, p := range b.Properties {
				out = append(out, p.Span)
				expr(p.Value)
			}
		}
	}
	return out
}
