package prisma

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// corpusDir holds real schemas copied from public repositories.
const corpusDir = "testdata/parse/corpus"

// TestParseCorpus parses every copied real-world schema: no error
// diagnostics, and the number of models, views, composite types and enums
// matches a line count of their keywords (recorded here with grep -c).
func TestParseCorpus(t *testing.T) {
	tests := []struct {
		path                        string
		models, views, types, enums int
	}{
		{"documenso__documenso/packages/prisma/schema.prisma", 51, 0, 0, 30},
		{"hoppscotch__hoppscotch/packages/hoppscotch-backend/prisma/schema.prisma", 23, 0, 0, 4},
		{"mfts__papermark/prisma/schema/annotation.prisma", 2, 0, 0, 0},
		{"mfts__papermark/prisma/schema/conversation.prisma", 5, 0, 0, 4},
		{"mfts__papermark/prisma/schema/dataroom.prisma", 9, 0, 0, 2},
		{"mfts__papermark/prisma/schema/document.prisma", 5, 0, 0, 1},
		{"mfts__papermark/prisma/schema/integration.prisma", 2, 0, 0, 0},
		{"mfts__papermark/prisma/schema/jackson.prisma", 3, 0, 0, 0},
		{"mfts__papermark/prisma/schema/link.prisma", 6, 0, 0, 3},
		{"mfts__papermark/prisma/schema/schema.prisma", 24, 0, 0, 5},
		{"mfts__papermark/prisma/schema/team.prisma", 2, 0, 0, 1},
		{"mfts__papermark/prisma/schema/workflow.prisma", 4, 0, 0, 2},
		{"shadcn-ui__taxonomy/prisma/schema.prisma", 5, 0, 0, 0},
		{"stonith404__pingvin-share/backend/prisma/schema.prisma", 11, 0, 0, 0},
		{"teableio__teable/packages/db-main-prisma/prisma/postgres/schema.prisma", 30, 0, 0, 0},
		{"teableio__teable/packages/db-main-prisma/prisma/sqlite/schema.prisma", 30, 0, 0, 0},
		{"triggerdotdev__trigger.dev/internal-packages/database/prisma/schema.prisma", 81, 0, 0, 48},
		{"triggerdotdev__trigger.dev/internal-packages/run-ops-database/prisma/schema.prisma", 16, 0, 0, 12},
		{"umami-software__umami/prisma/schema.prisma", 17, 0, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			src := readTestdata(t, filepath.Join(corpusDir, tt.path))
			f, diags := ParseFile(tt.path, src)
			for _, d := range diags {
				t.Errorf("diagnostic: %v", d)
			}
			counts := map[string]int{}
			for _, b := range f.Blocks {
				switch b := b.(type) {
				case *Model:
					counts[string(b.Kind)]++
				case *Enum:
					counts["enum"]++
				}
			}
			want := map[string]int{"model": tt.models, "view": tt.views, "type": tt.types, "enum": tt.enums}
			for kind, n := range want {
				if counts[kind] != n {
					t.Errorf("%d %s blocks, want %d", counts[kind], kind, n)
				}
			}
			checkSpans(t, src, f)
		})
	}
}

// TestParseTemplateGarbage checks that teable's unrendered template gives a
// positioned diagnostic for its placeholder provider, and still parses the
// models.
func TestParseTemplateGarbage(t *testing.T) {
	const path = "teableio__teable/packages/db-main-prisma/prisma/template.prisma"
	src := readTestdata(t, filepath.Join(corpusDir, path))
	f, diags := ParseFile(path, src)
	if len(diags) != 1 {
		t.Fatalf("got %d diagnostics, want 1: %v", len(diags), diags)
	}
	d := diags[0]
	if d.Severity != "error" || d.Pos.Line != 8 || d.Pos.Column != 14 || !strings.Contains(d.Message, "{{PRISMA_PROVIDER}}") {
		t.Errorf("diagnostic = %+v", d)
	}
	if n := len((&Schema{Files: []*File{f}}).Models()); n != 30 {
		t.Errorf("%d models, want 30", n)
	}
}

func readTestdata(t testing.TB, path string) []byte {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return src
}

// checkSpans verifies that names, fields and values point at their text:
// the NameSpan of a block slices out the name, and every field and enum
// value starts at a line and column where its name is written.
func checkSpans(t *testing.T, src []byte, f *File) {
	t.Helper()
	text := string(src)
	lines := splitLines(text)
	at := func(what string, pos Position, name string) {
		t.Helper()
		if pos.Line < 1 || pos.Line > len(lines) {
			t.Errorf("%s %q: line %d out of range", what, name, pos.Line)
			return
		}
		line := lines[pos.Line-1]
		runes := []rune(line)
		if pos.Column < 1 || pos.Column > len(runes) || !strings.HasPrefix(string(runes[pos.Column-1:]), name) {
			t.Errorf("%s %q at %d:%d, but that line is %q", what, name, pos.Line, pos.Column, line)
		}
		if !strings.HasPrefix(text[pos.Offset:], name) {
			t.Errorf("%s %q: offset %d points at %q", what, name, pos.Offset, text[pos.Offset:min(len(text), pos.Offset+20)])
		}
	}
	slice := func(what string, s Span, want string) {
		t.Helper()
		if got := text[s.Start.Offset:s.End.Offset]; got != want {
			t.Errorf("%s span covers %q, want %q", what, got, want)
		}
	}
	for _, b := range f.Blocks {
		switch b := b.(type) {
		case *Model:
			slice("model name", b.NameSpan, b.Name)
			at("model keyword", b.Span.Start, string(b.Kind))
			if !strings.HasSuffix(text[:b.Span.End.Offset], "}") {
				t.Errorf("model %s span does not end at '}'", b.Name)
			}
			for _, fl := range b.Fields {
				at("field", fl.Span.Start, fl.Name)
				decl := text[fl.Span.Start.Offset:fl.Span.End.Offset]
				if strings.ContainsAny(decl, "\r\n") || strings.HasSuffix(decl, " ") {
					t.Errorf("field %s.%s span covers %q", b.Name, fl.Name, decl)
				}
				slice("field type", fl.Type.Span, typeText(fl.Type))
				for _, a := range fl.Attributes {
					at("attribute", a.Span.Start, "@"+a.Name)
				}
			}
			for _, a := range b.Attributes {
				at("block attribute", a.Span.Start, "@@"+a.Name)
			}
		case *Enum:
			slice("enum name", b.NameSpan, b.Name)
			at("enum keyword", b.Span.Start, "enum")
			for _, v := range b.Values {
				at("enum value", v.Span.Start, v.Name)
			}
		case *Datasource:
			at("datasource", b.Span.Start, "datasource")
		case *Generator:
			at("generator", b.Span.Start, "generator")
		}
	}
}

// typeText renders a field type as it is written in the corpus.
func typeText(ft FieldType) string {
	s := ft.Name
	if ft.Name == "Unsupported" {
		s = `Unsupported("` + ft.Unsupported + `")`
	}
	if ft.List {
		s += "[]"
	}
	if ft.Optional {
		s += "?"
	}
	return s
}

// splitLines splits on \n, \r\n and \r, as PSL does.
func splitLines(s string) []string {
	s = strings.TrimPrefix(s, "\uFEFF")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.Split(s, "\n")
}

// posOf computes the line and column of a byte offset independently of the
// lexer: lines break at \n, \r\n and \r; columns count characters; a
// leading byte order mark takes no column.
func posOf(src string, off int) (line, col int) {
	line, col = 1, 1
	i := 0
	if strings.HasPrefix(src, "\uFEFF") {
		i = 3
	}
	for i < off && i < len(src) {
		switch {
		case src[i] == '\r' && i+1 < len(src) && src[i+1] == '\n':
			if i+1 == off {
				return line, col + 1
			}
			i += 2
			line++
			col = 1
		case src[i] == '\n' || src[i] == '\r':
			i++
			line++
			col = 1
		default:
			_, size := utf8.DecodeRuneInString(src[i:])
			i += size
			col++
		}
	}
	return line, col
}
