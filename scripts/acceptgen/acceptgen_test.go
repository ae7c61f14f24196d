package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// TestCommittedCasesReproduce re-plans every generated case (the edits and
// the positions, everything but the oracle's verdict) and compares it with
// what is committed under testdata/generated: a change to a spec, an edit
// helper or a corpus file that would regenerate different expectations
// fails here, without the oracle. Each difference names the case and the
// field.
func TestCommittedCasesReproduce(t *testing.T) {
	t.Chdir(filepath.Join("..", ".."))
	n := 0
	for _, s := range suites() {
		for _, c := range s.Cases {
			name := s.Key + "/" + c.Name
			dir := filepath.Join(generatedDir, s.Key, c.Name)
			data, err := os.ReadFile(filepath.Join(dir, "case.json"))
			if err != nil {
				t.Errorf("%s: not generated: %v", name, err)
				continue
			}
			var want caseFile
			if err := json.Unmarshal(data, &want); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			got, mutated, err := planCase(s, c)
			if err != nil {
				t.Errorf("%s: %v", name, err)
				continue
			}
			if len(want.Replace) == 0 {
				want.Replace = map[string]string{} // omitted from case.json when empty
			}
			n++
			for _, f := range []struct {
				field     string
				got, want any
			}{
				{"description", got.Description, want.Description},
				{"base", got.Base, want.Base},
				{"unit", got.Unit, want.Unit},
				{"schema", got.Schema, want.Schema},
				{"migrations", got.Migrations, want.Migrations},
				{"provider", got.Provider, want.Provider},
				{"remove", got.Remove, want.Remove},
				{"cosmetic", got.Cosmetic, want.Cosmetic},
				{"replace", got.Replace, want.Replace},
				{"findings", got.Findings, want.Findings},
				{"allowed", got.Allowed, want.Allowed},
			} {
				if !reflect.DeepEqual(f.got, f.want) {
					t.Errorf("%s: case.json %s differs:\n got %+v\nwant %+v", name, f.field, f.got, f.want)
				}
			}
			for file, lines := range mutated {
				committed, err := os.ReadFile(filepath.Join(dir, got.Replace[file]))
				if err != nil {
					t.Errorf("%s: %v", name, err)
					continue
				}
				if strings.Join(lines, "\n") != string(committed) {
					t.Errorf("%s: the edited %s differs from the committed %s", name, file, got.Replace[file])
				}
			}
		}
	}
	if n < 10 {
		t.Fatalf("only %d cases planned", n)
	}
}

const schema = `model User {
  id    Int    @id
  email String
  // the name
  name  String
}

model Post {
  id Int @id
}
`

func TestEdits(t *testing.T) {
	for _, tt := range []struct {
		name string
		e    edit
		want string // the file after the edit, or
		err  string // a part of the error
	}{
		{"insertAfter the header", insertAfter("model Post {", "", "  title String"), strings.Replace(schema, "model Post {\n", "model Post {\n  title String\n", 1), ""},
		{"insertAfter a line", insertAfter("model User {", "email", "  age Int"), strings.Replace(schema, "  email String\n", "  email String\n  age Int\n", 1), ""},
		{"insertBefore a line", insertBefore("model User {", "email", "  age Int"), strings.Replace(schema, "  email String\n", "  age Int\n  email String\n", 1), ""},
		{"insertBeforeEnd", insertBeforeEnd("model Post {", "  body String"), strings.Replace(schema, "  id Int @id\n}", "  id Int @id\n  body String\n}", 1), ""},
		{"replaceIn", replaceIn("model User {", "email", "String", "String?"), strings.Replace(schema, "email String", "email String?", 1), ""},
		{"replaceIn, old not on the line", replaceIn("model User {", "email", "Int", "BigInt"), "", `has no "Int"`},
		{"replaceText", replaceText("model Post", "model Article"), strings.Replace(schema, "model Post", "model Article", 1), ""},
		{"replaceText, not once", replaceText("@id", "@id @default(1)"), "", "occurs 2 times"},
		{"appendText", appendText("enum Role {\n  A\n}"), schema + "\nenum Role {\n  A\n}\n", ""},
		{"appendToLine", appendToLine("model User {", "email", " @unique"), strings.Replace(schema, "email String", "email String @unique", 1), ""},
		{"swapLines", swapLines("model User {", "id", "email"), strings.Replace(schema, "  id    Int    @id\n  email String\n", "  email String\n  id    Int    @id\n", 1), ""},
		{"moveToEnd takes the comment above", moveToEnd("model Post {"), "model User {\n  id    Int    @id\n  email String\n  // the name\n  name  String\n}\n\nmodel Post {\n  id Int @id\n}\n", ""},
		{"reformat", reformat("model Post {"), strings.Replace(schema, "model Post {\n  id Int @id\n", "model Post {\n\n\tid Int @id  \n", 1), ""},
		{"no such block", insertAfter("model Nope {", "", "x"), "", `no block "model Nope {"`},
		{"no such line", insertAfter("model User {", "phone", "x"), "", `no line containing "phone"`},
		{"unclosed block", insertBeforeEnd("model Open {", "x"), "", "not closed"},
	} {
		in := splitText(schema)
		if tt.name == "unclosed block" {
			in = []string{"model Open {", "  id Int"}
		}
		got, err := tt.e(in)
		switch {
		case tt.err != "":
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("%s: error %v, want one containing %q", tt.name, err, tt.err)
			}
		case err != nil:
			t.Errorf("%s: %v", tt.name, err)
		case strings.Join(got, "\n")+"\n" != tt.want && strings.Join(got, "\n") != tt.want:
			t.Errorf("%s:\n--- got ---\n%s\n--- want ---\n%s", tt.name, strings.Join(got, "\n"), tt.want)
		}
	}
}

func TestParseReference(t *testing.T) {
	sql := `-- DropIndex
DROP INDEX "Post_title_trgm_idx";

-- CreateIndex
CREATE INDEX "User_email_idx" ON "User"("email");

-- AlterTable
ALTER TABLE "User" ALTER COLUMN "updatedAt" DROP DEFAULT;

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- RenameIndex
ALTER INDEX "a_very_long_name" RENAME TO "a_very_long_nam";

-- DropIndex
DROP INDEX "_TagToPost_AB_unique";
`
	ds, err := parseReference(sql)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct{ action, object, table, class, severity string }{
		{"drop index", "Post_title_trgm_idx", "", "extra", "notice"},
		{"create index", "User_email_idx", "User", "missing", "warning"},
		{"drop default", "User.updatedAt", "User", "extra", "notice"},
		{"add foreign key", "Post_authorId_fkey", "Post", "missing", "warning"},
		{"rename index", "a_very_long_nam", "", "missing", "warning"},
		{"drop index", "_TagToPost_AB_unique", "", "extra", "notice"},
	}
	if len(ds) != len(want) {
		t.Fatalf("%d differences, want %d: %+v", len(ds), len(want), ds)
	}
	for i, w := range want {
		d := ds[i]
		for _, f := range []struct{ field, got, want string }{
			{"action", d.Action, w.action}, {"object", d.Object, w.object}, {"table", d.Table, w.table},
			{"class", d.Class, w.class}, {"severity", d.Severity, w.severity},
		} {
			if f.got != f.want {
				t.Errorf("statement %d (%s): %s = %q, want %q", i+1, d.Statement, f.field, f.got, f.want)
			}
		}
	}
	if g := ds[5].Group; g != "_TagToPost" {
		t.Errorf("implicit many-to-many group = %q, want _TagToPost", g)
	}
	if _, err := parseReference("-- CreateTable\nCREATE TABLE \"X\" (\"id\" INT);\n"); err == nil || !strings.Contains(err.Error(), "unrecognised statement") {
		t.Errorf("an unknown statement: %v", err)
	}
}

func TestSplitStatementsAndBalanced(t *testing.T) {
	got := splitStatements("CREATE TABLE a (x int); CREATE FUNCTION f() AS $$ BEGIN; END; $$ LANGUAGE plpgsql; SELECT 1")
	want := []string{"CREATE TABLE a (x int)", " CREATE FUNCTION f() AS $$ BEGIN; END; $$ LANGUAGE plpgsql", " SELECT 1"}
	if !slices.Equal(got, want) {
		t.Errorf("splitStatements = %q, want %q", got, want)
	}
	for _, tt := range []struct{ in, inside, rest string }{
		{"(a, lower(b)) WHERE x", "a, lower(b)", " WHERE x"},
		{"(a)", "a", ""},
		{"(unclosed", "(unclosed", ""},
	} {
		inside, rest := balanced(tt.in)
		if inside != tt.inside || rest != tt.rest {
			t.Errorf("balanced(%q) = %q, %q; want %q, %q", tt.in, inside, rest, tt.inside, tt.rest)
		}
	}
}

func TestStubDataStatements(t *testing.T) {
	in := "CREATE TABLE a (x TEXT);\n-- seed\nINSERT INTO a VALUES (\"internal\");\nUPDATE a SET x = 'y';\nDELETE FROM a;\nINSERT INTO b SELECT * FROM a;"
	want := "CREATE TABLE a (x TEXT);\nSELECT 1;\nSELECT 1;\nSELECT 1;\nINSERT INTO b SELECT * FROM a;"
	if got := string(stubDataStatements("1_init/migration.sql", []byte(in))); got != want {
		t.Errorf("stubDataStatements =\n%s\nwant\n%s", got, want)
	}
	if got := string(stubDataStatements("schema.prisma", []byte(in))); got != in {
		t.Error("a file other than migration.sql was changed")
	}
}

func TestWithoutRefreshToken(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "examples", "incident", "prisma", "schema.prisma"))
	if err != nil {
		t.Fatal(err)
	}
	got, err := withoutRefreshToken(string(data))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(got, "RefreshToken") {
		t.Errorf("RefreshToken is still in:\n%s", got)
	}
	if !strings.Contains(got, "model User {") {
		t.Errorf("model User is gone:\n%s", got)
	}
	if _, err := withoutRefreshToken("model User {\n}\n"); err == nil {
		t.Error("a schema without the model: no error")
	}
}
