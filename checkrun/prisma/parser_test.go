package prisma

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/migsync/migsync/checkrun/tree"
)

// corpusDir holds real schemas copied from public repositories.
const corpusDir = "../../testdata/corpus" // the repository's one corpus copy

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

// TestParseTemplateGarbage parses teable's unrendered template. Its syntax
// is valid; the placeholder provider earns a positioned warning here (and
// an error from the lowering, which checks providers), and the models are
// all parsed.
func TestParseTemplateGarbage(t *testing.T) {
	const path = "teableio__teable/packages/db-main-prisma/prisma/template.prisma"
	src := readTestdata(t, filepath.Join(corpusDir, path))
	f, diags := ParseFile(path, src)
	if len(diags) != 1 {
		t.Fatalf("got %d diagnostics, want 1: %v", len(diags), diags)
	}
	d := diags[0]
	if d.Severity != "warning" || d.Pos.Line != 8 || d.Pos.Column != 14 || !strings.Contains(d.Message, "{{PRISMA_PROVIDER}}") {
		t.Errorf("diagnostic = %+v", d)
	}
	s := &Schema{Files: []*File{f}}
	if n := len(s.Models()); n != 30 {
		t.Errorf("%d models, want 30", n)
	}
	if v := s.Datasource().Property("provider").Value.(*StringLit).Value; v != "{{PRISMA_PROVIDER}}" {
		t.Errorf("provider = %q", v)
	}
	checkSpans(t, src, f)
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
	return newLineIndex(src).pos(off)
}

// lineIndex maps byte offsets to line and column in O(log n + line length).
type lineIndex struct {
	src    string
	starts []int // byte offset of each line's first character
}

func newLineIndex(src string) *lineIndex {
	ix := &lineIndex{src: src, starts: []int{0}}
	if strings.HasPrefix(src, "\uFEFF") {
		ix.starts[0] = 3
	}
	for i := 0; i < len(src); i++ {
		switch {
		case src[i] == '\r' && i+1 < len(src) && src[i+1] == '\n':
			i++
			ix.starts = append(ix.starts, i+1)
		case src[i] == '\n' || src[i] == '\r':
			ix.starts = append(ix.starts, i+1)
		}
	}
	return ix
}

func (ix *lineIndex) pos(off int) (line, col int) {
	line = sort.Search(len(ix.starts), func(i int) bool { return ix.starts[i] > off }) // 1-based line
	if line == 0 {
		return 1, 1 // inside the byte order mark
	}
	start := ix.starts[line-1]
	return line, 1 + utf8.RuneCountInString(ix.src[start:off])
}

// TestParseConstructs parses one construct at a time and compares a dump
// of the AST, positions included (line:column-line:column, end exclusive).
func TestParseConstructs(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want string
	}{
		{"model with field attributes", `
model User {
  id    Int     @id @default(autoincrement())
  email String? @unique @db.VarChar(255)
  tags  String[]
}`, `
model User 1:1-5:2 name=1:7-1:11
  id Int 2:3-2:46 type=2:9-2:12 @id @default(autoincrement())
  email String? 3:3-3:41 type=3:9-3:16 @unique @db.VarChar(255)
  tags String[] 4:3-4:17 type=4:9-4:17
`},
		{"view and composite type", `
view UserInfo {
  id Int @unique
}

type Address {
  street String
}`, `
view UserInfo 1:1-3:2 name=1:6-1:14
  id Int 2:3-2:17 type=2:6-2:9 @unique
type Address 5:1-7:2 name=5:6-5:13
  street String 6:3-6:16 type=6:10-6:16
`},
		{"enum with map", `
enum Role {
  USER  @map("user")
  ADMIN
  @@map("roles")
  @@schema("auth")
}`, `
enum Role 1:1-6:2 name=1:6-1:10
  USER 2:3-2:21 @map("user")
  ADMIN 3:3-3:8
  @@map("roles") 4:3-4:17
  @@schema("auth") 5:3-5:19
`},
		{"datasource", `
datasource db {
  provider          = "postgres"
  url               = env("DATABASE_URL")
  directUrl         = env("DIRECT_URL")
  shadowDatabaseUrl = env("SHADOW")
  relationMode      = "prisma"
  extensions        = [pg_trgm, pgcrypto(map: "x", schema: "y", version: "1")]
  schemas           = ["a", "b"]
}`, `
datasource db 1:1-9:2
  provider = "postgres" 2:3-2:33
  url = env("DATABASE_URL") 3:3-3:42
  directUrl = env("DIRECT_URL") 4:3-4:40
  shadowDatabaseUrl = env("SHADOW") 5:3-5:36
  relationMode = "prisma" 6:3-6:31
  extensions = [pg_trgm, pgcrypto(map: "x", schema: "y", version: "1")] 7:3-7:79
  schemas = ["a", "b"] 8:3-8:33
`},
		{"generator", `
generator client {
  provider        = "prisma-client-js"
  previewFeatures = ["multiSchema", "views"]
  binaryTargets   = ["native"]
}`, `
generator client 1:1-5:2
  provider = "prisma-client-js" 2:3-2:39
  previewFeatures = ["multiSchema", "views"] 3:3-3:45
  binaryTargets = ["native"] 4:3-4:31
`},
		{"doc comments", `
/// A user.
/// Second line.
model User {
  /// The id.
  id Int @id /// trailing

  // plain comment, not documentation
  name String
}

/// detached by the blank line

enum E {
  /// first
  A
  B /// second
}`, `
model User 3:1-9:2 name=3:7-3:11 doc="A user.\nSecond line."
  id Int 5:3-5:13 type=5:6-5:9 @id doc="The id.\ntrailing"
  name String 8:3-8:14 type=8:8-8:14
enum E 13:1-17:2 name=13:6-13:7
  A 15:3-15:4 doc="first"
  B 16:3-16:4 doc="second"
`},
		{"block comments", `
/**
 * A post.
 */
model Post {
  /* the id */
  id Int @id
}`, `
model Post 4:1-7:2 name=4:7-4:11 doc="*\n * A post."
  id Int 6:3-6:13 type=6:6-6:9 @id doc="the id"
`},
		{"default functions", `
model T {
  a String @default(dbgenerated("gen_random_uuid()")) @db.Uuid
  b String @default(uuid(7))
  c Int    @default(sequence(maxValue: 10))
  d Float  @default(-1.5)
  e Int    @default(-3)
  f Json   @default("{\"a\": [1]}")
  g DateTime @default(now()) @db.Timestamptz(6)
  h Boolean @default(false)
  i Unsupported("tsvector")? @ignore
}`, `
model T 1:1-11:2 name=1:7-1:8
  a String 2:3-2:63 type=2:5-2:11 @default(dbgenerated("gen_random_uuid()")) @db.Uuid
  b String 3:3-3:29 type=3:5-3:11 @default(uuid(7))
  c Int 4:3-4:44 type=4:5-4:8 @default(sequence(maxValue: 10))
  d Float 5:3-5:26 type=5:5-5:10 @default(-1.5)
  e Int 6:3-6:24 type=6:5-6:8 @default(-3)
  f Json 7:3-7:36 type=7:5-7:9 @default("{\"a\": [1]}")
  g DateTime 8:3-8:48 type=8:5-8:13 @default(now()) @db.Timestamptz(6)
  h Boolean 9:3-9:28 type=9:5-9:12 @default(false)
  i Unsupported("tsvector")? 10:3-10:37 type=10:5-10:29 @ignore
`},
		{"block attributes", `
model T {
  a String
  b String
  @@id([a, b])
  @@index([a(sort: Desc), b(ops: raw("gin_trgm_ops"))], type: Gin, map: "x")
  @@unique(fields: [a, b], name: "ab")
  @@ignore
}`, `
model T 1:1-8:2 name=1:7-1:8
  a String 2:3-2:11 type=2:5-2:11
  b String 3:3-3:11 type=3:5-3:11
  @@id([a, b]) 4:3-4:15
  @@index([a(sort: Desc), b(ops: raw("gin_trgm_ops"))], type: Gin, map: "x") 5:3-5:77
  @@unique(fields: [a, b], name: "ab") 6:3-6:39
  @@ignore 7:3-7:11
`},
		{"relation", `
model Post {
  authorId Int
  author   User @relation("Name", fields: [authorId], references: [id], onDelete: Cascade, onUpdate: NoAction)
}`, `
model Post 1:1-4:2 name=1:7-1:11
  authorId Int 2:3-2:15 type=2:12-2:15
  author User 3:3-3:111 type=3:12-3:16 @relation("Name", fields: [authorId], references: [id], onDelete: Cascade, onUpdate: NoAction)
`},
		{"string escapes", `
model T {
  a String @default("q\"b\\s\nt\tu\u00e9\ud83d\ude00/\/")
}`, `
model T 1:1-3:2 name=1:7-1:8
  a String 2:3-2:58 type=2:5-2:11 @default("q\"b\\s\nt\tué😀//")
`},
		{"empty blocks", `
model Empty {
}
enum E {
}
model T {
  id Int @id(map: "pk")
}`, `
model Empty 1:1-2:2 name=1:7-1:12
enum E 3:1-4:2 name=3:6-3:7
model T 5:1-7:2 name=5:7-5:8
  id Int 6:3-6:24 type=6:6-6:9 @id(map: "pk")
`},
		{"blocks in any order", `
enum Status {
  ON
}
model A {
  s Status @default(ON)
}
generator client {
  provider = "prisma-client-js"
}
datasource db {
  provider = "sqlite"
  url      = "file:dev.db"
}`, `
enum Status 1:1-3:2 name=1:6-1:12
  ON 2:3-2:5
model A 4:1-6:2 name=4:7-4:8
  s Status 5:3-5:24 type=5:5-5:11 @default(ON)
generator client 7:1-9:2
  provider = "prisma-client-js" 8:3-8:32
datasource db 10:1-13:2
  provider = "sqlite" 11:3-11:22
  url = "file:dev.db" 12:3-12:27
`},
		{"unicode columns", `
/// é
model T { // ü
  a String @default("ééé") @map("x")
}`, `
model T 2:1-4:2 name=2:7-2:8 doc="é"
  a String 3:3-3:37 type=3:5-3:11 @default("ééé") @map("x")
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := strings.TrimPrefix(tt.src, "\n")
			f, diags := ParseFile("s.prisma", []byte(src))
			for _, d := range diags {
				t.Errorf("diagnostic: %v", d)
			}
			got := "\n" + dump(f)
			if got != tt.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tt.want)
			}
			checkSpans(t, []byte(src), f)
		})
	}
}

// TestParseErrors checks positioned diagnostics and that parsing recovers
// at the next line or block, keeping the rest of the schema.
func TestParseErrors(t *testing.T) {
	tests := []struct {
		name  string
		src   string
		diags string // one "line:col severity: message" per line
		want  string // dump of what was still parsed
	}{
		{"unclosed argument list", `
model A {
  id Int @id @default(
  name String
}
model B {
  id Int @id
}`,
			`
2:23 error: expected a value, found end of line
`,
			`
model A 1:1-4:2 name=1:7-1:8
  id Int 2:3-2:23 type=2:6-2:9 @id
  name String 3:3-3:14 type=3:8-3:14
model B 5:1-7:2 name=5:7-5:8
  id Int 6:3-6:13 type=6:6-6:9 @id
`},
		{"missing closing brace", `
model A {
  id Int @id

model B {
  id Int @id
}`,
			`
1:1 error: missing '}' to close this model block
`,
			`
model A 1:1-2:13 name=1:7-1:8
  id Int 2:3-2:13 type=2:6-2:9 @id
model B 4:1-6:2 name=4:7-4:8
  id Int 5:3-5:13 type=5:6-5:9 @id
`},
		{"garbage line at top level", `
this is not prisma
enum E {
  A
}`,
			`
1:1 error: this line does not start with a Prisma schema keyword (model, enum, type, view, datasource, generator)
`,
			`
enum E 2:1-4:2 name=2:6-2:7
  A 3:3-3:4
`},
		{"unterminated string", `
model A {
  a String @default("abc)
  b Int
}`,
			`
2:21 error: unterminated string literal
`,
			`
model A 1:1-4:2 name=1:7-1:8
  a String 2:3-2:26 type=2:5-2:11
  b Int 3:3-3:8 type=3:5-3:8
`},
		{"block without keyword", `
foo bar {
  x = 1
}
model A {
  id Int @id
}`,
			`
1:1 error: block "foo" does not start with a Prisma schema keyword (model, enum, type, view, datasource, generator)
`,
			`
model A 4:1-6:2 name=4:7-4:8
  id Int 5:3-5:13 type=5:6-5:9 @id
`},
		{"trailing comma in arguments and spaced Unsupported", `
model A {
  id String @id @default(uuid(4, ))
  b  Unsupported ("x")
  c  Int @default(1,)
}`,
			`
2:32 error: trailing comma in argument list
3:18 error: write Unsupported("type") without a space before '('
4:20 error: trailing comma in argument list
`,
			`
model A 1:1-5:2 name=1:7-1:8
  id String 2:3-2:36 type=2:6-2:12 @id @default(uuid(4))
  b Unsupported("x") 3:3-3:23 type=3:6-3:23
  c Int 4:3-4:22 type=4:6-4:9 @default(1)
`},
		{"misspelt keyword", `
modle User {
  id Int @id
}
Enum E {
  A
}
enum F {
  B
}`,
			`
1:1 error: unknown keyword "modle"; did you mean "model"?
4:1 error: unknown keyword "Enum"; did you mean "enum"?
`,
			`
enum F 7:1-9:2 name=7:6-7:7
  B 8:3-8:4
`},
		{"type alias", `
type Id = Int @id
model A {
  id Int @id
}`,
			`
1:1 error: type aliases are not supported; use a composite type (type Name { … })
`,
			`
model A 2:1-4:2 name=2:7-2:8
  id Int 3:3-3:13 type=3:6-3:9 @id
`},
		{"template placeholders", `
datasource db {
  provider = {{PRISMA_PROVIDER}}
  url      = env("X")
}
{{#each models}}
model {{name}} {
  id Int @id
}
{{/each}}`,
			`
2:14 error: expected a value, found '{'
5:1 error: this line does not start with a Prisma schema keyword (model, enum, type, view, datasource, generator)
6:7 error: expected a name after "model", found '{'
9:1 error: this line does not start with a Prisma schema keyword (model, enum, type, view, datasource, generator)
`,
			`
datasource db 1:1-4:2
  url = env("X") 3:3-3:22
`},
		{"attribute over several lines", `
model A {
  a Int
  @@index([
    a
  ])
}`,
			`
3:12 error: expected a value, found end of line
4:6 error: field "a" has no type
5:3 error: expected a field or a block attribute (@@…) in model "A", found ']'
`,
			`
model A 1:1-6:2 name=1:7-1:8
  a Int 2:3-2:8 type=2:5-2:8
  a  4:5-4:6 type=4:6-4:6
`},
		{"legacy field types", `
model A {
  a Int!
  b [Int]
  c Int[]?
  d: Int
  e
}`,
			`
2:8 error: the required marker '!' is not supported; fields are required unless marked '?'
3:5 error: the list syntax [Type] is not supported; write Type[]
4:10 error: optional lists (Type[]?) are not supported
5:4 error: field declarations do not take a ':'
6:4 error: field "e" has no type
`,
			`
model A 1:1-7:2 name=1:7-1:8
  a Int 2:3-2:9 type=2:5-2:9
  b Int[] 3:3-3:10 type=3:5-3:10
  c Int[] 4:3-4:11 type=4:5-4:11
  d Int 5:3-5:9 type=5:6-5:9
  e  6:3-6:4 type=6:4-6:4
`},
		{"invalid names", `
model my-model {
  1a Int
  b.c Int
}
enum E {
  x-y
}`,
			`
1:7 error: invalid model name "my-model": the character '-' is not allowed in names
2:3 error: invalid field name "1a": names must not start with a digit
3:3 error: invalid field name "b.c": the character '.' is not allowed in names
6:3 error: invalid enum value name "x-y": the character '-' is not allowed in names
`,
			`
model my-model 1:1-4:2 name=1:7-1:15
  1a Int 2:3-2:9 type=2:6-2:9
  b.c Int 3:3-3:10 type=3:7-3:10
enum E 5:1-7:2 name=5:6-5:7
  x-y 6:3-6:6
`},
		{"end of file inside a block", `
model A {
  id Int @id`,
			`
1:1 error: missing '}' to close this model block
`,
			`
model A 1:1-2:13 name=1:7-1:8
  id Int 2:3-2:13 type=2:6-2:9 @id
`},
		{"stray closing brace", `
}
model A {
  id Int @id
}}`,
			`
1:1 error: unmatched '}'
4:2 error: unmatched '}'
`,
			`
model A 2:1-4:2 name=2:7-2:8
  id Int 3:3-3:13 type=3:6-3:9 @id
`},
		{"block closed on its opening line", `
generator g {}
model A {
  id Int @id
}`,
			`
1:1 error: generator "g" has no provider
1:14 error: a block cannot be closed on the line that opens it; put '}' on its own line
`,
			`
generator g 1:1-1:15
model A 2:1-4:2 name=2:7-2:8
  id Int 3:3-3:13 type=3:6-3:9 @id
`},
		{"text after opening brace", `
model A { id Int
  b Int
}`,
			`
1:11 warning: text after '{' is ignored; start declarations on the next line
`,
			`
model A 1:1-3:2 name=1:7-1:8
  b Int 2:3-2:8 type=2:5-2:8
`},
		{"unknown escape and trailing list comma", `
model A {
  a String @default("a\qb")
  b String @default("\u12")
  @@index([a,])
  c String @default("\ud83d!")
}`,
			`
2:23 error: unknown escape sequence "\\q"
3:22 error: invalid \u escape: want four hexadecimal digits
4:14 error: trailing comma in list
5:22 error: invalid \u escape: a UTF-16 surrogate must be followed by its pair
`,
			`
model A 1:1-6:2 name=1:7-1:8
  a String 2:3-2:28 type=2:5-2:11 @default("aqb")
  b String 3:3-3:28 type=3:5-3:11 @default("\\u12")
  c String 5:3-5:31 type=5:5-5:11 @default("�!")
  @@index([a]) 4:3-4:16
`},
		{"bad characters", `
model A {
  a Int @default(1.)
  _b Int
  c Int # comment
  d Int
}`,
			`
2:18 error: invalid number "1."
3:3 error: expected a field or a block attribute (@@…) in model "A", found character "_"
4:9 error: expected end of line after field "c", found character "#"
`,
			`
model A 1:1-6:2 name=1:7-1:8
  a Int 2:3-2:18 type=2:5-2:8
  c Int 4:3-4:8 type=4:5-4:8
  d Int 5:3-5:8 type=5:5-5:8
`},
		{"empty argument value", `
model A {
  a Int @unique(map: )
  b Int @default(,)
}`,
			`
2:17 error: argument "map" has no value
3:18 error: expected a value, found ','
`,
			`
model A 1:1-4:2 name=1:7-1:8
  a Int 2:3-2:23 type=2:5-2:8 @unique()
  b Int 3:3-3:18 type=3:5-3:8
`},
		{"config block checks", `
datasource db {
  url = env("X")
}
datasource db2 {
  provider = env("P")
  url      = "{{DATABASE_URL}}"
}
generator g {
  output = "x"
}`,
			`
6:14 warning: url "{{DATABASE_URL}}" looks like an unrendered template placeholder; is this file a template rather than a schema?
8:1 error: generator "g" has no provider
`,
			`
datasource db 1:1-3:2
  url = env("X") 2:3-2:17
datasource db2 4:1-7:2
  provider = env("P") 5:3-5:22
  url = "{{DATABASE_URL}}" 6:3-6:32
generator g 8:1-10:2
  output = "x" 9:3-9:15
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := strings.TrimPrefix(tt.src, "\n")
			f, diags := ParseFile("s.prisma", []byte(src))
			var got strings.Builder
			got.WriteString("\n")
			for _, d := range diags {
				fmt.Fprintf(&got, "%d:%d %s: %s\n", d.Pos.Line, d.Pos.Column, d.Severity, d.Message)
				if d.Pos.File != "s.prisma" {
					t.Errorf("diagnostic file %q", d.Pos.File)
				}
				if l, c := posOf(src, d.Pos.Offset); l != d.Pos.Line || c != d.Pos.Column {
					t.Errorf("diagnostic at %d:%d, but its offset %d is %d:%d", d.Pos.Line, d.Pos.Column, d.Pos.Offset, l, c)
				}
			}
			if got.String() != tt.diags {
				t.Errorf("diagnostics:\n%s\nwant:\n%s", got.String(), tt.diags)
			}
			if d := "\n" + dump(f); d != tt.want {
				t.Errorf("parsed:\n%s\nwant:\n%s", d, tt.want)
			}
		})
	}
}

// dump renders a file's AST in a compact, line-per-node text form with
// positions, for table tests.
func dump(f *File) string {
	var b strings.Builder
	for _, blk := range f.Blocks {
		switch blk := blk.(type) {
		case *Model:
			fmt.Fprintf(&b, "%s %s %s name=%s%s\n", blk.Kind, blk.Name, spanStr(blk.Span), spanStr(blk.NameSpan), docStr(blk.Doc))
			for _, fl := range blk.Fields {
				fmt.Fprintf(&b, "  %s %s %s type=%s%s%s\n", fl.Name, typeStr(fl.Type), spanStr(fl.Span), spanStr(fl.Type.Span), attrsStr(fl.Attributes), docStr(fl.Doc))
			}
			for _, a := range blk.Attributes {
				fmt.Fprintf(&b, "  %s %s\n", attrStr(a), spanStr(a.Span))
			}
		case *Enum:
			fmt.Fprintf(&b, "enum %s %s name=%s%s\n", blk.Name, spanStr(blk.Span), spanStr(blk.NameSpan), docStr(blk.Doc))
			for _, v := range blk.Values {
				fmt.Fprintf(&b, "  %s %s%s%s\n", v.Name, spanStr(v.Span), attrsStr(v.Attributes), docStr(v.Doc))
			}
			for _, a := range blk.Attributes {
				fmt.Fprintf(&b, "  %s %s\n", attrStr(a), spanStr(a.Span))
			}
		case *Datasource:
			fmt.Fprintf(&b, "datasource %s %s\n", blk.Name, spanStr(blk.Span))
			for _, p := range blk.Properties {
				fmt.Fprintf(&b, "  %s = %s %s\n", p.Key, exprStr(p.Value), spanStr(p.Span))
			}
		case *Generator:
			fmt.Fprintf(&b, "generator %s %s\n", blk.Name, spanStr(blk.Span))
			for _, p := range blk.Properties {
				fmt.Fprintf(&b, "  %s = %s %s\n", p.Key, exprStr(p.Value), spanStr(p.Span))
			}
		}
	}
	return b.String()
}

func spanStr(s Span) string {
	return fmt.Sprintf("%d:%d-%d:%d", s.Start.Line, s.Start.Column, s.End.Line, s.End.Column)
}

func docStr(doc string) string {
	if doc == "" {
		return ""
	}
	return " doc=" + strconv.Quote(doc)
}

func typeStr(t FieldType) string {
	s := t.Name
	if t.Unsupported != "" {
		s += "(" + strconv.Quote(t.Unsupported) + ")"
	}
	if t.List {
		s += "[]"
	}
	if t.Optional {
		s += "?"
	}
	return s
}

func attrsStr(attrs []*Attribute) string {
	var b strings.Builder
	for _, a := range attrs {
		b.WriteString(" " + attrStr(a))
	}
	return b.String()
}

func attrStr(a *Attribute) string {
	s := "@" + a.Name
	if a.Block {
		s = "@" + s
	}
	if a.Args != nil {
		s += "(" + argsStr(a.Args) + ")"
	}
	return s
}

func argsStr(args []*Arg) string {
	parts := make([]string, len(args))
	for i, a := range args {
		parts[i] = exprStr(a.Value)
		if a.Name != "" {
			parts[i] = a.Name + ": " + parts[i]
		}
	}
	return strings.Join(parts, ", ")
}

func exprStr(e Expr) string {
	switch e := e.(type) {
	case *StringLit:
		return strconv.Quote(e.Value)
	case *NumberLit:
		return e.Value
	case *Ident:
		return e.Name
	case *Array:
		parts := make([]string, len(e.Elems))
		for i, x := range e.Elems {
			parts[i] = exprStr(x)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case *Call:
		return e.Name + "(" + argsStr(e.Args) + ")"
	}
	return fmt.Sprintf("?%T", e)
}

// TestParseLineEndingsAndBOM checks that CRLF and CR line endings and a
// UTF-8 byte order mark give the same AST and line:column positions as
// plain LF, with byte offsets that still point into the original input.
func TestParseLineEndingsAndBOM(t *testing.T) {
	const lf = "/// doc\nmodel A {\n  id Int @id // c\n  s  String @default(\"x\")\n\n  @@map(\"a\")\n}\nenum E {\n  X\n}\n"
	base, diags := ParseFile("s.prisma", []byte(lf))
	if len(diags) > 0 {
		t.Fatalf("diagnostics: %v", diags)
	}
	want := dump(base)
	variants := map[string]string{
		"crlf":     strings.ReplaceAll(lf, "\n", "\r\n"),
		"cr":       strings.ReplaceAll(lf, "\n", "\r"),
		"bom":      "\uFEFF" + lf,
		"bom+crlf": "\uFEFF" + strings.ReplaceAll(lf, "\n", "\r\n"),
	}
	for name, src := range variants {
		t.Run(name, func(t *testing.T) {
			f, diags := ParseFile("s.prisma", []byte(src))
			if len(diags) > 0 {
				t.Fatalf("diagnostics: %v", diags)
			}
			if got := dump(f); got != want {
				t.Errorf("got:\n%s\nwant:\n%s", got, want)
			}
			checkSpans(t, []byte(src), f)
			m := f.Blocks[0].(*Model)
			if m.Doc != "doc" || m.Fields[1].Attribute("default").Positional(0).Value.(*StringLit).Value != "x" {
				t.Errorf("doc %q or default value altered by line endings", m.Doc)
			}
		})
	}
}

// generateSchema writes a valid schema of at least size bytes and returns it
// with the number of models in it.
func generateSchema(size int) ([]byte, int) {
	var b strings.Builder
	b.WriteString("datasource db {\n  provider = \"postgresql\"\n  url      = env(\"DATABASE_URL\")\n}\n\n")
	n := 0
	for b.Len() < size {
		fmt.Fprintf(&b, `/// Model number %[1]d.
model M%[1]d {
  id        String   @id @default(dbgenerated("gen_random_uuid()")) @db.Uuid
  name      String   @db.VarChar(255)
  count     Int      @default(0)
  score     Float?   @default(-1.5)
  tags      String[]
  createdAt DateTime @default(now()) @map("created_at") @db.Timestamptz(6)
  parentId  String?  @db.Uuid
  parent    M%[1]d?   @relation("Tree%[1]d", fields: [parentId], references: [id], onDelete: Cascade)
  children  M%[1]d[]  @relation("Tree%[1]d")

  @@unique([name, count], map: "m%[1]d_name_count")
  @@index([tags(ops: ArrayOps)], type: Gin)
  @@map("m%[1]d")
}

`, n)
		n++
	}
	return []byte(b.String()), n
}

// parseAlloc parses src and returns the bytes allocated while doing so.
func parseAlloc(t *testing.T, src []byte, models int) uint64 {
	t.Helper()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f, diags := ParseFile("big.prisma", src)
	runtime.ReadMemStats(&after)
	if len(diags) > 0 {
		t.Fatalf("%d diagnostics, first: %v", len(diags), diags[0])
	}
	if got := len((&Schema{Files: []*File{f}}).Models()); got != models {
		t.Fatalf("%d models, want %d", got, models)
	}
	return after.TotalAlloc - before.TotalAlloc
}

// TestParseLargeSchema parses a generated ~10 MB schema and checks that
// memory grows linearly: ten times the input may take at most about ten
// times the allocations of the small one.
func TestParseLargeSchema(t *testing.T) {
	if testing.Short() {
		t.Skip("large input")
	}
	small, nSmall := generateSchema(1 << 20)
	large, nLarge := generateSchema(10 << 20)
	allocSmall := parseAlloc(t, small, nSmall)
	allocLarge := parseAlloc(t, large, nLarge)
	ratio := float64(allocLarge) / float64(allocSmall)
	t.Logf("1 MB: %d MB allocated; 10 MB: %d MB allocated (x%.1f)", allocSmall>>20, allocLarge>>20, ratio)
	if ratio > 13 {
		t.Errorf("allocations grew %.1f times for 10 times the input", ratio)
	}
	if perByte := float64(allocLarge) / float64(len(large)); perByte > 64 {
		t.Errorf("%.0f bytes allocated per input byte", perByte)
	}
}

func BenchmarkParseTriggerSchema(b *testing.B) {
	src := readTestdata(b, filepath.Join(corpusDir, "triggerdotdev__trigger.dev/internal-packages/database/prisma/schema.prisma"))
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, diags := ParseFile("schema.prisma", src); len(diags) > 0 {
			b.Fatal(diags[0])
		}
	}
}

// TestParseSchemaFiles checks that files come out sorted by path and that
// each diagnostic names its file.
func TestParseSchemaFiles(t *testing.T) {
	s, diags := ParseSchema(map[string][]byte{
		"z/b.prisma": []byte("model B {\n  id Int @id\n  oops(\n}\n"),
		"a.prisma":   []byte("enum E {\n  A\n}\n"),
		"m.prisma":   []byte("model M {\n  id Int @id\n}\n"),
		"b.prisma":   []byte("?\n"),
	})
	var paths []string
	for _, f := range s.Files {
		paths = append(paths, f.Path)
	}
	if want := []string{"a.prisma", "b.prisma", "m.prisma", "z/b.prisma"}; !slices.Equal(paths, want) {
		t.Errorf("files %v, want %v", paths, want)
	}
	var got []string
	for _, d := range diags {
		got = append(got, fmt.Sprintf("%s:%d:%d", d.Pos.File, d.Pos.Line, d.Pos.Column))
	}
	if want := []string{"b.prisma:1:1", "z/b.prisma:3:7"}; !slices.Equal(got, want) {
		t.Errorf("diagnostics at %v, want %v (%v)", got, want, diags)
	}
	if n := len(s.Models()); n != 2 || s.Models()[0].Name != "M" {
		t.Errorf("models %v", s.Models())
	}
}

// memTree is an in-memory tree.Tree for LoadSchema tests.
type memTree struct {
	files     map[string][]byte
	sizes     map[string]int64 // reported sizes overriding len(content)
	truncated bool             // List returns no entries and ErrTruncated
	readErr   error
}

func (m *memTree) List(_ context.Context, prefix string) ([]tree.Entry, error) {
	if m.truncated {
		return nil, fmt.Errorf("listing: %w", tree.ErrTruncated)
	}
	var out []tree.Entry
	for p, b := range m.files {
		if strings.HasPrefix(p, prefix) {
			size, ok := m.sizes[p]
			if !ok {
				size = int64(len(b))
			}
			out = append(out, tree.Entry{Path: p, Size: size})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out, nil
}

func (m *memTree) Read(_ context.Context, p string) ([]byte, error) {
	if m.readErr != nil {
		return nil, m.readErr
	}
	b, ok := m.files[p]
	if !ok {
		return nil, fmt.Errorf("read %s: %w", p, fs.ErrNotExist)
	}
	return b, nil
}

// papermarkTree holds papermark's schema folder, plus files that must not
// be read as part of it.
func papermarkTree(t *testing.T) *memTree {
	t.Helper()
	m := &memTree{files: map[string][]byte{
		"prisma/migrations/migration_lock.toml": []byte(`provider = "postgresql"`),
		"prisma/schema/README.md":               []byte("not a schema"),
		"prisma/schema-old/old.prisma":          []byte("this is not part of the folder"),
		"prisma/schema/nested/extra.prisma":     []byte("model Extra {\n  id Int @id\n}\n"),
	}}
	dir := filepath.Join(corpusDir, "mfts__papermark/prisma/schema")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		m.files["prisma/schema/"+e.Name()] = readTestdata(t, filepath.Join(dir, e.Name()))
	}
	return m
}

func TestLoadSchemaFolder(t *testing.T) {
	for _, schemaPath := range []string{"prisma/schema", "prisma/schema/", "./prisma/schema"} {
		t.Run(schemaPath, func(t *testing.T) {
			s, diags, err := LoadSchema(context.Background(), papermarkTree(t), schemaPath)
			if err != nil {
				t.Fatal(err)
			}
			if len(diags) > 0 {
				t.Fatalf("diagnostics: %v", diags)
			}
			var paths []string
			for _, f := range s.Files {
				paths = append(paths, f.Path)
			}
			want := []string{
				"prisma/schema/annotation.prisma", "prisma/schema/conversation.prisma",
				"prisma/schema/dataroom.prisma", "prisma/schema/document.prisma",
				"prisma/schema/integration.prisma", "prisma/schema/jackson.prisma",
				"prisma/schema/link.prisma", "prisma/schema/nested/extra.prisma",
				"prisma/schema/schema.prisma", "prisma/schema/team.prisma",
				"prisma/schema/workflow.prisma",
			}
			if !slices.Equal(paths, want) {
				t.Errorf("files:\n%v\nwant:\n%v", paths, want)
			}
			// 62 models in papermark (corpus README) plus the nested extra one.
			if n := len(s.Models()); n != 63 {
				t.Errorf("%d models, want 63", n)
			}
			if n := len(s.Enums()); n != 18 {
				t.Errorf("%d enums, want 18", n)
			}
			ds := s.Datasource()
			if ds == nil || ds.Span.Start.File != "prisma/schema/schema.prisma" {
				t.Fatalf("datasource = %+v", ds)
			}
			if m := s.Models()[0]; m.Span.Start.File != "prisma/schema/annotation.prisma" {
				t.Errorf("first model in %s", m.Span.Start.File)
			}
		})
	}
}

func TestLoadSchemaFile(t *testing.T) {
	tr := &memTree{files: map[string][]byte{
		"schema.prisma":      []byte("model A {\n  id Int @id\n  bad bad bad (\n}\n"),
		"schema.prisma.orig": []byte("ignored"),
	}}
	s, diags, err := LoadSchema(context.Background(), tr, "schema.prisma")
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Files) != 1 || s.Files[0].Path != "schema.prisma" || len(s.Models()) != 1 {
		t.Fatalf("loaded %+v", s.Files)
	}
	if len(diags) != 1 || diags[0].Pos.Line != 3 || diags[0].Pos.File != "schema.prisma" {
		t.Errorf("diagnostics = %v, want one on line 3", diags)
	}
}

func TestLoadSchemaErrors(t *testing.T) {
	big := &memTree{files: map[string][]byte{"s.prisma": []byte("model A {\n}\n")}, sizes: map[string]int64{"s.prisma": tree.MaxFileSize + 1}}
	bigContent := &memTree{files: map[string][]byte{"p/s.prisma": make([]byte, tree.MaxFileSize+1)}, sizes: map[string]int64{"p/s.prisma": -1}}
	readErr := errors.New("disk on fire")
	tests := []struct {
		name string
		tree *memTree
		path string
		is   error
	}{
		{"file over the size limit", big, "s.prisma", tree.ErrTooLarge},
		{"unknown size, content over the limit", bigContent, "p", tree.ErrTooLarge},
		{"missing file", big, "other.prisma", fs.ErrNotExist},
		{"folder without schema files", papermarkTree(t), "prisma/migrations", fs.ErrNotExist},
		{"read error", &memTree{files: map[string][]byte{"s.prisma": nil}, readErr: readErr}, "s.prisma", readErr},
		{"truncated listing of a folder", &memTree{truncated: true}, "prisma/schema", tree.ErrTruncated},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, diags, err := LoadSchema(context.Background(), tt.tree, tt.path)
			if !errors.Is(err, tt.is) {
				t.Errorf("error = %v, want %v", err, tt.is)
			}
			if s != nil || diags != nil {
				t.Errorf("got a schema or diagnostics with an error")
			}
		})
	}
}

// TestLoadSchemaTruncatedFile reads a named schema file even when the
// listing is truncated.
func TestLoadSchemaTruncatedFile(t *testing.T) {
	tr := &memTree{files: map[string][]byte{"a/schema.prisma": []byte("model A {\n  id Int @id\n}\n")}, truncated: true}
	s, diags, err := LoadSchema(context.Background(), tr, "a/schema.prisma")
	if err != nil || len(diags) > 0 || len(s.Models()) != 1 {
		t.Fatalf("LoadSchema = %v, %v, %v", s, diags, err)
	}
}

// TestLexerPositions lexes the corpus and odd inputs and checks that every
// token's start and end agree with an independent line index.
func TestLexerPositions(t *testing.T) {
	inputs := []string{
		"a\r\nb\rc\n\"s\\u00e9\"\t/* x\r\n y */ é\u00a0@@ -1.5",
		"\uFEFF\"unterminated\n/* open",
	}
	err := filepath.WalkDir(corpusDir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(path, ".prisma") {
			inputs = append(inputs, string(readTestdata(t, path)))
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, src := range inputs {
		ix := newLineIndex(src)
		lx := newLexer("f.prisma", src, func(Position, string) {})
		for {
			tok := lx.next()
			for _, pos := range []Position{tok.start, tok.end} {
				if err := checkPos(ix, pos); err != nil {
					t.Fatalf("%s token %q: %v", tok.kind, tok.text, err)
				}
			}
			if tok.kind == tEOF {
				break
			}
		}
	}
}
