package rules

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/migsync/migsync/checkrun/catalog"
	"github.com/migsync/migsync/checkrun/finding"
	"github.com/migsync/migsync/checkrun/sqlddl"
	"github.com/migsync/migsync/checkrun/tree"
	"github.com/migsync/migsync/internal/peakrss"
)

func set(t *testing.T, files tree.Map) *Set {
	t.Helper()
	s, err := LoadSet(context.Background(), files, "prisma/migrations")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

const initSQL = "-- CreateTable\nCREATE TABLE \"User\" (\n    \"id\" TEXT NOT NULL,\n    \"name\" TEXT\n);\n"

func baseFiles() tree.Map {
	return tree.Map{
		"prisma/migrations/migration_lock.toml":               "# comment\nprovider = \"postgresql\"\n",
		"prisma/migrations/20240101000000_init/migration.sql": initSQL,
		"prisma/migrations/20240201000000_two/migration.sql":  "CREATE INDEX \"a\" ON \"User\"(\"name\");\n",
	}
}

func with(m tree.Map, kv ...string) tree.Map {
	out := tree.Map{}
	for k, v := range m {
		out[k] = v
	}
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] == "<delete>" {
			delete(out, kv[i])
			continue
		}
		out[kv[i]] = kv[i+1]
	}
	return out
}

func rulesOf(fs []finding.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Rule)
	}
	return out
}

func TestLoadSet(t *testing.T) {
	s := set(t, with(baseFiles(), "prisma/migrations/20240301000000_empty/README.md", "x"))
	if s.LockProvider != "postgresql" || s.LockLine != 2 {
		t.Errorf("lock = %q line %d", s.LockProvider, s.LockLine)
	}
	if len(s.Migrations) != 2 || s.Migrations[0].Name != "20240101000000_init" {
		t.Errorf("migrations = %+v", s.Migrations)
	}
	if len(s.Empty) != 1 || s.Empty[0] != "prisma/migrations/20240301000000_empty" {
		t.Errorf("empty = %v", s.Empty)
	}
}

func TestLoadSetOddNames(t *testing.T) {
	s := set(t, tree.Map{
		"prisma/migrations/01_init/migration.sql":               "CREATE TABLE a (id int);",
		"prisma/migrations/02 add things/migration.sql":         "CREATE TABLE b (id int);",
		"prisma/migrations/10_later/migration.sql":              "CREATE TABLE c (id int);",
		"prisma/migrations/20240101000000_ts/migration.sql":     "CREATE TABLE d (id int);",
		"prisma/migrations/20240101000000_ts/README.md":         "notes",
		"prisma/migrations/03_no_sql/.gitkeep":                  "",
		"prisma/migrations/migration_lock.toml":                 "provider = \"sqlite\"",
		"prisma/migrations/01_init/nested/deeper/migration.sql": "ignored: not a direct child",
	})
	var names []string
	for _, m := range s.Migrations {
		names = append(names, m.Name)
	}
	// Prisma's order: byte-wise by folder name.
	if got := strings.Join(names, "|"); got != "01_init|02 add things|10_later|20240101000000_ts" {
		t.Errorf("order = %s", got)
	}
	if len(s.Empty) != 1 || s.Empty[0] != "prisma/migrations/03_no_sql" || s.LockProvider != "sqlite" {
		t.Errorf("empty = %v, lock = %q", s.Empty, s.LockProvider)
	}
}

func TestCheck(t *testing.T) {
	pos := &catalog.Pos{File: "prisma/schema.prisma", Line: 12}
	tests := []struct {
		name string
		in   func(b *Set) Input
		head tree.Map
		want []string
		line int // line of the first finding, 0: not checked
	}{
		{
			name: "schema changed without migration (the incident)",
			head: baseFiles(),
			in: func(b *Set) Input {
				return Input{Base: b, SchemaChanged: true, DBChange: pos, DBChangeObject: "model RefreshToken"}
			},
			want: []string{SchemaWithoutMigration},
			line: 12,
		},
		{
			name: "cosmetic schema change without migration is fine",
			head: baseFiles(),
			in:   func(b *Set) Input { return Input{Base: b, SchemaChanged: true} },
		},
		{
			name: "schema change with migration",
			head: with(baseFiles(), "prisma/migrations/20240301000000_rt/migration.sql", "CREATE TABLE \"RefreshToken\" (\"id\" TEXT);"),
			in: func(b *Set) Input {
				return Input{Base: b, SchemaChanged: true, DBChange: pos}
			},
		},
		{
			name: "new folder without migration.sql",
			head: with(baseFiles(), "prisma/migrations/20240301000000_wip/notes.md", "todo"),
			in:   func(b *Set) Input { return Input{Base: b} },
			want: []string{EmptyMigration},
		},
		{
			name: "migration without schema change",
			head: with(baseFiles(), "prisma/migrations/20240301000000_data/migration.sql", "UPDATE \"User\" SET name = 'x';"),
			in:   func(b *Set) Input { return Input{Base: b} },
			want: []string{MigrationWithoutSchema},
		},
		{
			name: "edited migration",
			head: with(baseFiles(), "prisma/migrations/20240101000000_init/migration.sql", strings.Replace(initSQL, "\"name\" TEXT", "\"name\" TEXT,\n    \"age\" INTEGER", 1)),
			in:   func(b *Set) Input { return Input{Base: b} },
			want: []string{MigrationEdited},
			line: 4,
		},
		{
			name: "CRLF conversion is not an edit",
			head: with(baseFiles(), "prisma/migrations/20240101000000_init/migration.sql", strings.ReplaceAll(initSQL, "\n", "\r\n")),
			in:   func(b *Set) Input { return Input{Base: b} },
		},
		{
			name: "deleted migration",
			head: with(baseFiles(), "prisma/migrations/20240201000000_two/migration.sql", "<delete>"),
			in:   func(b *Set) Input { return Input{Base: b} },
			want: []string{MigrationDeleted},
		},
		{
			name: "new migration sorting before the newest",
			head: with(baseFiles(), "prisma/migrations/20240115000000_late/migration.sql", "CREATE INDEX \"b\" ON \"User\"(\"id\");"),
			in:   func(b *Set) Input { return Input{Base: b, SchemaChanged: true, DBChange: pos} },
			want: []string{MigrationOrder},
		},
		{
			name: "duplicate prefix",
			head: with(baseFiles(), "prisma/migrations/20240201000000_zz/migration.sql", "SELECT 1;"),
			in:   func(b *Set) Input { return Input{Base: b, SchemaChanged: true} },
			want: []string{DuplicatePrefix},
		},
		{
			name: "lock provider mismatch, postgres alias is fine",
			head: baseFiles(),
			in:   func(b *Set) Input { return Input{Provider: "mysql", ProviderFile: "s.prisma", ProviderLine: 3} },
			want: []string{LockProvider},
			line: 2,
		},
		{
			name: "postgres alias",
			head: baseFiles(),
			in:   func(b *Set) Input { return Input{Provider: "postgres"} },
		},
		{
			name: "destructive SQL in a new migration",
			head: with(baseFiles(), "prisma/migrations/20240301000000_drop/migration.sql",
				"-- AlterTable\nALTER TABLE \"User\" DROP COLUMN \"name\",\nADD COLUMN \"age\" INTEGER NOT NULL;\n\n-- DropTable\nDROP TABLE \"User\";\n"),
			in:   func(b *Set) Input { return Input{Base: b, SchemaChanged: true, DBChange: pos} },
			want: []string{DestructiveSQL, DestructiveSQL, DestructiveSQL},
			line: 2,
		},
		{
			name: "SQLite RedefineTables is not a destructive drop",
			head: with(baseFiles(), "prisma/migrations/20240301000000_redefine/migration.sql",
				"PRAGMA foreign_keys=OFF;\nCREATE TABLE \"new_User\" (\"id\" TEXT NOT NULL);\nINSERT INTO \"new_User\" SELECT \"id\" FROM \"User\";\nDROP TABLE \"User\";\nALTER TABLE \"new_User\" RENAME TO \"User\";\n"),
			in: func(b *Set) Input { return Input{Base: b, SchemaChanged: true, DBChange: pos} },
		},
		{
			name: "untracked migration",
			head: with(baseFiles(), "prisma/migrations/20240301000000_rt/migration.sql", "CREATE TABLE \"X\" (\"id\" TEXT);"),
			in: func(b *Set) Input {
				return Input{Untracked: []string{"prisma/migrations/20240301000000_rt/"}}
			},
			want: []string{UntrackedMigration},
		},
	}
	documented := map[string]bool{}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := tc.in(set(t, baseFiles()))
			in.Head = set(t, tc.head)
			got := Check(in)
			if strings.Join(rulesOf(got), ",") != strings.Join(tc.want, ",") {
				t.Fatalf("rules = %v, want %v\n%+v", rulesOf(got), tc.want, got)
			}
			if tc.line != 0 && got[0].Line != tc.line {
				t.Errorf("line = %d, want %d (%s)", got[0].Line, tc.line, got[0].Message)
			}
			for _, f := range got {
				if f.Message == "" || (f.File == "" && f.Rule != EmptyMigration) {
					t.Errorf("finding without message or file: %+v", f)
				}
				documented[f.Rule] = true
				if r := ruleDoc(f.Rule); r == nil || r.Severity != f.Severity {
					t.Errorf("%s (%s) is not documented in All with that severity: %+v", f.Rule, f.Severity, r)
				}
			}
		})
	}
	for _, r := range All {
		if !documented[r.ID] {
			t.Errorf("no test case produces %s", r.ID)
		}
	}
}

func ruleDoc(id string) *finding.Rule {
	for i := range All {
		if All[i].ID == id {
			return &All[i]
		}
	}
	return nil
}

func TestSplitStatements(t *testing.T) {
	sql := "-- c;\nCREATE TABLE \"a;b\" (x TEXT DEFAULT 'it''s;');\n/* x; */ DO $$ BEGIN PERFORM 1; END $$;\n\nDROP TABLE a"
	got := SplitStatements(sql)
	if len(got) != 3 {
		t.Fatalf("got %d statements: %+v", len(got), got)
	}
	if got[0].Line != 2 || got[1].Line != 3 || got[2].Line != 5 {
		t.Errorf("lines = %d %d %d", got[0].Line, got[1].Line, got[2].Line)
	}
	if !strings.HasPrefix(got[1].Text, "DO $$") || !strings.HasSuffix(got[1].Text, "END $$") {
		t.Errorf("dollar quote split: %q", got[1].Text)
	}
}

func FuzzSplitStatements(f *testing.F) {
	f.Add("CREATE TABLE a (b TEXT); -- x\nDROP TABLE a;")
	f.Add("$$ ; $tag$ ; $tag$ '")
	f.Add("/* unterminated")
	f.Fuzz(func(t *testing.T, s string) {
		lines := strings.Count(s, "\n") + 1
		for _, st := range SplitStatements(s) {
			if st.Line < 1 || st.Line > lines {
				t.Fatalf("line %d out of 1..%d", st.Line, lines)
			}
		}
	})
}

// failingTree fails to read one file.
type failingTree struct {
	tree.Map
	bad string
}

func (f failingTree) Read(ctx context.Context, p string) ([]byte, error) {
	if p == f.bad {
		return nil, errors.New("disk on fire")
	}
	return f.Map.Read(ctx, p)
}

// TestLoadSetManyFiles reads a long history (concurrently): every file's
// contents land on its own migration, in Prisma's order; a read error names
// the file; an oversized file is listed, not loaded.
func TestLoadSetManyFiles(t *testing.T) {
	files := tree.Map{}
	for i := 0; i < 300; i++ {
		files[fmt.Sprintf("prisma/migrations/%04d_m/migration.sql", i)] = fmt.Sprintf("-- %d", i)
	}
	s := set(t, files)
	if len(s.Migrations) != 300 {
		t.Fatalf("%d migrations", len(s.Migrations))
	}
	for i, m := range s.Migrations {
		if want := fmt.Sprintf("-- %d", i); string(m.SQL) != want || m.Name != fmt.Sprintf("%04d_m", i) {
			t.Fatalf("migration %d = %s %q", i, m.Name, m.SQL)
		}
	}

	_, err := LoadSet(context.Background(), failingTree{files, "prisma/migrations/0150_m/migration.sql"}, "prisma/migrations")
	if err == nil || !strings.Contains(err.Error(), "0150_m/migration.sql") || !strings.Contains(err.Error(), "disk on fire") {
		t.Errorf("read error = %v", err)
	}

	files["prisma/migrations/0299_m/migration.sql"] = strings.Repeat("x", tree.MaxFileSize+1)
	s = set(t, files)
	if len(s.Migrations) != 299 || len(s.TooLarge) != 1 || s.TooLarge[0] != "prisma/migrations/0299_m/migration.sql" {
		t.Errorf("%d migrations, too large %v", len(s.Migrations), s.TooLarge)
	}
}

// TestDestructiveTypeChanges: with both catalogues a widening type change
// (INTEGER → BIGINT) is not flagged and a narrowing one names both types;
// without the head catalogue every type change is flagged.
func TestDestructiveTypeChanges(t *testing.T) {
	base := tree.Map{
		"prisma/migrations/migration_lock.toml":               "provider = \"postgresql\"\n",
		"prisma/migrations/20240101000000_init/migration.sql": "CREATE TABLE \"T\" (\"id\" INTEGER NOT NULL, \"code\" VARCHAR(255), \"n\" INTEGER);\n",
	}
	head := with(base, "prisma/migrations/20240201000000_types/migration.sql",
		"-- AlterTable\nALTER TABLE \"T\" ALTER COLUMN \"n\" SET DATA TYPE BIGINT,\nALTER COLUMN \"code\" SET DATA TYPE VARCHAR(50);\n")
	replay := func(s *Set) *catalog.Catalog {
		var ms []sqlddl.Migration
		for _, m := range s.Migrations {
			ms = append(ms, sqlddl.Migration{Name: m.Name, Path: m.SQLPath, SQL: m.SQL})
		}
		c, notices := sqlddl.Replay(catalog.Postgres, ms)
		if len(notices) > 0 {
			t.Fatalf("replay: %v", notices)
		}
		return c
	}
	bs, hs := set(t, base), set(t, head)
	in := Input{Base: bs, Head: hs, BaseCatalog: replay(bs), HeadCatalog: replay(hs), SchemaChanged: true, DBChange: &catalog.Pos{File: "prisma/schema.prisma", Line: 3}}
	got := Check(in)
	if len(got) != 1 || got[0].Rule != DestructiveSQL || got[0].Object != "column T.code" ||
		!strings.Contains(got[0].Message, "from VARCHAR(255) to VARCHAR(50)") {
		t.Fatalf("want one finding on T.code naming both types, got %+v", got)
	}
	in.HeadCatalog = nil
	if got := Check(in); len(got) != 2 {
		t.Errorf("without the head catalogue: %d findings, want 2 (both changes flagged)", len(got))
	}
}

func TestNewMigrationFolder(t *testing.T) {
	now := time.Date(2025, 3, 4, 5, 6, 7, 0, time.FixedZone("CET", 3600))
	for _, tt := range []struct {
		after [][]string
		want  string
	}{
		{nil, "20250304040607_add_x"}, // UTC, not the local zone
		{[][]string{{"20240101000000_init"}}, "20250304040607_add_x"},
		// The base's newest is in the future (another clock): one second later.
		{[][]string{{"20240101000000_init", "20260101000000_later"}}, "20260101000001_add_x"},
		// Same second as now: still after it.
		{[][]string{{"20250304040607_zzz"}}, "20250304040608_add_x"},
		// Every list counts (base and head).
		{[][]string{{"20240101000000_init"}, {"20300101000000_head"}}, "20300101000001_add_x"},
		// Names without a timestamp are passed over.
		{[][]string{{"init", "0001_first"}}, "20250304040607_add_x"},
	} {
		if got := NewMigrationFolder(now, "add_x", tt.after...); got != tt.want {
			t.Errorf("NewMigrationFolder(%v) = %s, want %s", tt.after, got, tt.want)
		}
		for _, names := range tt.after {
			for _, n := range names {
				if _, ok := timestampOf(n); ok && NewMigrationFolder(now, "add_x", tt.after...) <= n {
					t.Errorf("%s does not sort after %s", tt.want, n)
				}
			}
		}
	}
}

// TestDestructiveManyStatementsMemory: the change rules read a new
// migration of 200,000 statements (2 MB) one statement and one line at a
// time, not as slices of them all.
func TestDestructiveManyStatementsMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("reads a 2 MB migration")
	}
	base := tree.Map{
		"prisma/migrations/migration_lock.toml":               "provider = \"postgresql\"\n",
		"prisma/migrations/20240101000000_init/migration.sql": "CREATE TABLE \"T\" (\"id\" INTEGER NOT NULL);\n",
	}
	head := with(base, "prisma/migrations/20240201000000_many/migration.sql", strings.Repeat("SELECT 1;\n", 200_000)+"DROP TABLE \"T\";\n")
	in := Input{Base: set(t, base), Head: set(t, head), SchemaChanged: true, DBChange: &catalog.Pos{File: "prisma/schema.prisma", Line: 3}}
	var got []finding.Finding
	grew := peakrss.Growth(t, func() { got = Check(in) })
	if len(got) != 1 || got[0].Rule != DestructiveSQL || got[0].Line != 200_001 {
		t.Fatalf("want the DROP TABLE on line 200001, got %+v", got)
	}
	t.Logf("peak RSS grew %d MB", grew/1024)
	if grew > 16<<10 {
		t.Errorf("peak RSS grew %d MB checking a 2 MB migration, want under 16 MB", grew/1024)
	}
}
