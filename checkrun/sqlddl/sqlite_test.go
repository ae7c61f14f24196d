package sqlddl

import (
	"strings"
	"testing"

	"github.com/migsync/migsync/checkrun/catalog"
)

// replaySQLiteScripts replays numbered migrations (m1, m2, …) on one catalogue.
func replaySQLiteScripts(t *testing.T, scripts ...string) (*catalog.Catalog, []Notice) {
	t.Helper()
	var ms []Migration
	for i, s := range scripts {
		name := "m" + string(rune('1'+i))
		ms = append(ms, Migration{Name: name, Path: name + ".sql", SQL: []byte(s)})
	}
	cat, notices := Replay(catalog.SQLite, ms)
	t.Cleanup(func() { releaseSQLite(cat) })
	return cat, notices
}

func TestSQLiteRedefineTables(t *testing.T) {
	cat, notices := replaySQLiteScripts(t, `-- CreateTable
CREATE TABLE "User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL
);
CREATE TABLE "Post" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" TEXT NOT NULL,
    "authorId" INTEGER NOT NULL,
    CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE INDEX "Post_title_idx" ON "Post"("title");
`, `-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Post" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" TEXT NOT NULL DEFAULT 'untitled',
    "authorId" INTEGER,
    CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Post" ("authorId", "id", "title") SELECT "authorId", "id", "title" FROM "Post";
DROP TABLE "Post";
ALTER TABLE "new_Post" RENAME TO "Post";
CREATE INDEX "Post_title_idx" ON "Post"("title");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
`)
	if len(notices) != 0 {
		t.Fatalf("notices: %v", notices)
	}
	want := `table Post @m2.sql:4
  column id INTEGER NOT NULL AUTOINCREMENT @m2.sql:5
  column title TEXT NOT NULL DEFAULT[value] 'untitled' @m2.sql:6
  column authorId INTEGER @m2.sql:7
  primary key "" (id) @m2.sql:5
  index Post_title_idx (title) @m2.sql:13
  foreign key "Post_authorId_fkey" (authorId) -> User(id) ON DELETE SET NULL ON UPDATE CASCADE @m2.sql:8
table User @m1.sql:2
  column id INTEGER NOT NULL AUTOINCREMENT @m1.sql:3
  column email TEXT NOT NULL @m1.sql:4
  primary key "" (id) @m1.sql:3
  unique index User_email_key (email) @m1.sql:12
`
	if got := dumpCatalog(cat); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	if p := cat.Table("", "Post").Pos; p.EndLine != 9 {
		t.Errorf("Post ends at line %d, want 9", p.EndLine)
	}
}

func TestSQLiteAlterTablePositions(t *testing.T) {
	cat, notices := replaySQLiteScripts(t,
		"CREATE TABLE \"a\" (\n  \"x\" TEXT,\n  \"y\" TEXT\n);\n",
		"-- AlterTable\nALTER TABLE \"a\" ADD COLUMN \"z\" INTEGER NOT NULL DEFAULT 0;\n\nALTER TABLE \"a\" RENAME COLUMN \"y\" TO \"w\";\nALTER TABLE \"a\" RENAME TO \"b\";\n",
		"ALTER TABLE \"b\" DROP COLUMN \"x\";\nCREATE TABLE c (id integer primary key);\n")
	if len(notices) != 0 {
		t.Fatalf("notices: %v", notices)
	}
	want := `table b @m1.sql:1
  column w TEXT @m1.sql:3
  column z INTEGER NOT NULL DEFAULT[value] 0 @m2.sql:2
table c @m3.sql:2
  column id INTEGER NOT NULL AUTOINCREMENT @m3.sql:2
  primary key "" (id) @m3.sql:2
`
	if got := dumpCatalog(cat); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestSQLiteErrorsContinue(t *testing.T) {
	cat, notices := replaySQLiteScripts(t, `CREATE TABLE "a" ("id" TEXT);

ALTER TABLE "missing" ADD COLUMN "x" TEXT;
CREATE TABLE "a" ("id" TEXT);
CREATE TABLE "b" ("id" TEXT);
ATTACH DATABASE '/tmp/migsync-should-not-exist.db' AS other;
PRAGMA max_page_count = 100000000;
SELECT load_extension('x');
`)
	wantLines := []int{3, 4, 6, 7, 8}
	if len(notices) != len(wantLines) {
		t.Fatalf("got %d notices, want %d: %v", len(notices), len(wantLines), notices)
	}
	for i, n := range notices {
		if n.Pos.Line != wantLines[i] || n.Pos.File != "m1.sql" || !n.Error {
			t.Errorf("notice %d = %v (error=%v), want an error at m1.sql:%d", i, n, n.Error, wantLines[i])
		}
	}
	if !strings.Contains(notices[0].Message, "no such table") {
		t.Errorf("message %q does not say what failed", notices[0].Message)
	}
	if cat.Table("", "b") == nil {
		t.Error("the statement after the failures was not replayed")
	}
}

func TestSQLiteDoubleQuotedStrings(t *testing.T) {
	cat, notices := replaySQLiteScripts(t, `CREATE TABLE "Config" ("key" TEXT NOT NULL PRIMARY KEY, "value" TEXT DEFAULT "it's", "order" INTEGER);
INSERT INTO "Config" ("key", "value") VALUES ("JWT_SECRET", "x");
UPDATE Config SET `+"`order`"+` = 0 WHERE key = "JWT_SECRET";
DELETE FROM "Config" WHERE "key" = "nothing";
`)
	if len(notices) != 0 {
		t.Fatalf("notices: %v", notices)
	}
	c := cat.Table("", "Config").Column(catalog.SQLite, "value")
	if c.Default == nil || c.Default.Kind != catalog.DefaultValue || c.Default.Value != "'it''s'" {
		t.Errorf("default = %+v, want value 'it''s'", c.Default)
	}
}

func TestSQLiteIndexesAndKeys(t *testing.T) {
	cat, notices := replaySQLiteScripts(t, `CREATE TABLE "t" (
  "a" TEXT NOT NULL UNIQUE,
  "b" INTEGER CONSTRAINT "t_b_fkey" REFERENCES "u",
  "c" TEXT,
  "d" INTEGER GENERATED ALWAYS AS ("b" * 2) STORED,
  CONSTRAINT "t_c_check" CHECK ("c" <> ''),
  UNIQUE ("c", "b"),
  PRIMARY KEY ("a", "c")
);
CREATE TABLE "u" ("id" INTEGER PRIMARY KEY);
CREATE INDEX "t_c_partial" ON "t" ("c" DESC) WHERE "b" IS NOT NULL;
CREATE INDEX "t_lower" ON "t" (lower("c"), "a" COLLATE NOCASE);
CREATE TRIGGER "t_touch" AFTER UPDATE ON "t" BEGIN
  UPDATE "t" SET "c" = CASE WHEN NEW."c" IS NULL THEN 'x' ELSE NEW."c" END WHERE "a" = NEW."a";
  SELECT 1;
END;
CREATE VIEW "v" AS SELECT "a" FROM "t";
`)
	if len(notices) != 0 {
		t.Fatalf("notices: %v", notices)
	}
	want := `table t @m1.sql:1
  column a TEXT NOT NULL @m1.sql:2
  column b INTEGER @m1.sql:3
  column c TEXT @m1.sql:4
  column d INTEGER GENERATED "b" * 2 @m1.sql:5
  primary key "" (a, c) @m1.sql:8
  unique index (constraint) sqlite_autoindex_t_1 (a) @m1.sql:1
  unique index (constraint) sqlite_autoindex_t_2 (c, b) @m1.sql:1
  index t_c_partial (c DESC) WHERE "b" IS NOT NULL @m1.sql:11
  index t_lower ((lower("c")), a) @m1.sql:12
  foreign key "t_b_fkey" (b) -> u(id) ON DELETE NO ACTION ON UPDATE NO ACTION @m1.sql:3
  check "t_c_check" "c" <> '' @m1.sql:6
  trigger t_touch @m1.sql:13
table u @m1.sql:10
  column id INTEGER NOT NULL AUTOINCREMENT @m1.sql:10
  primary key "" (id) @m1.sql:10
view v @m1.sql:17
`
	if got := dumpCatalog(cat); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestClassifySQLiteDefault(t *testing.T) {
	tests := []struct {
		in   string
		kind catalog.DefaultKind
		val  string
	}{
		{"CURRENT_TIMESTAMP", catalog.DefaultNow, ""},
		{"current_timestamp", catalog.DefaultNow, ""},
		{"datetime('now')", catalog.DefaultNow, ""},
		{"'USER'", catalog.DefaultValue, "'USER'"},
		{"'it''s'", catalog.DefaultValue, "'it''s'"},
		{`"dq"`, catalog.DefaultValue, "'dq'"},
		{"0", catalog.DefaultValue, "0"},
		{"-1.5", catalog.DefaultValue, "-1.5"},
		{"(42)", catalog.DefaultValue, "42"},
		{"true", catalog.DefaultValue, "true"},
		{"FALSE", catalog.DefaultValue, "false"},
		{"'a' || 'b'", catalog.DefaultExpr, "'a' || 'b'"},
		{"(lower(hex(randomblob(16))))", catalog.DefaultExpr, "lower(hex(randomblob(16)))"},
		{"(1) + (2)", catalog.DefaultExpr, "(1) + (2)"},
		{"'[]'", catalog.DefaultValue, "'[]'"},
	}
	for _, tt := range tests {
		d := classifySQLiteDefault(tt.in)
		if d == nil || d.Kind != tt.kind || d.Value != tt.val {
			t.Errorf("classifySQLiteDefault(%q) = %+v, want %s %q", tt.in, d, tt.kind, tt.val)
		}
	}
	if d := classifySQLiteDefault("NULL"); d != nil {
		t.Errorf("NULL default = %+v, want none", d)
	}
}

// TestSQLiteCatalogsAreIndependent checks that each catalogue has its own
// database.
func TestSQLiteCatalogsAreIndependent(t *testing.T) {
	a, _ := replaySQLiteScripts(t, `CREATE TABLE "x" ("id" TEXT);`)
	b, notices := replaySQLiteScripts(t, `CREATE TABLE "x" ("id" TEXT);`)
	if len(notices) != 0 || len(a.Tables) != 1 || len(b.Tables) != 1 {
		t.Fatalf("a=%d tables, b=%d tables, notices %v", len(a.Tables), len(b.Tables), notices)
	}
}

func TestSQLiteTooLarge(t *testing.T) {
	big := make([]byte, MaxSQLSize+1)
	cat, notices := Replay(catalog.SQLite, []Migration{{Name: "big", Path: "big.sql", SQL: big}})
	if len(notices) != 1 || !notices[0].Error || len(cat.Tables) != 0 {
		t.Errorf("notices = %v", notices)
	}
}

// TestSQLiteReleaseAndResume checks that replaying after Release gives the
// catalogue an uninterrupted replay gives.
func TestSQLiteReleaseAndResume(t *testing.T) {
	ms := loadMigrations(t, corpusMigrations("sqlite/pingvin-share"))
	want, _ := Replay(catalog.SQLite, ms)
	defer releaseSQLite(want)
	got := catalog.New(catalog.SQLite)
	defer releaseSQLite(got)
	for _, m := range ms {
		for _, n := range ReplayOne(got, m) {
			t.Errorf("notice: %s", n)
		}
		Release(got)
	}
	if g, w := dumpCatalog(got), dumpCatalog(want); g != w {
		t.Errorf("after Release:\n%s", firstDiff(w, g))
	}
}

// TestSQLiteWritableSchema replays Prisma's way of creating an index under
// a reserved sqlite_autoindex_* name (PRAGMA writable_schema around it), as
// Prisma's shadow database does, while a statement that would rewrite
// sqlite_master still fails; the schema survives Release and a later
// migration.
func TestSQLiteWritableSchema(t *testing.T) {
	cat := catalog.New(catalog.SQLite)
	notices := ReplayOne(cat, Migration{Name: "m1", Path: "m1.sql", SQL: []byte(`CREATE TABLE "t" ("id" INTEGER NOT NULL PRIMARY KEY, "code" TEXT NOT NULL);
Pragma writable_schema=1;
CREATE UNIQUE INDEX "sqlite_autoindex_t_1" ON "t"("code");
UPDATE sqlite_master SET sql = 'x' WHERE name = 't';
PRAGMA main.writable_schema = OFF;
CREATE INDEX "sqlite_t_code" ON "t"("code");
`)})
	var msgs []string
	for _, n := range notices {
		msgs = append(msgs, n.String())
	}
	want := []string{
		"m1.sql:4: SQLite: table sqlite_master may not be modified",
		"m1.sql:6: SQLite: object name reserved for internal use: sqlite_t_code",
	}
	if strings.Join(msgs, "\n") != strings.Join(want, "\n") {
		t.Errorf("notices:\n%s\nwant:\n%s", strings.Join(msgs, "\n"), strings.Join(want, "\n"))
	}
	if _, ix := cat.IndexByName("", "sqlite_autoindex_t_1"); ix == nil || !ix.Unique {
		t.Fatalf("the sqlite_autoindex_t_1 index is missing: %s", dumpCatalog(cat))
	}
	Release(cat)
	notices = ReplayOne(cat, Migration{Name: "m2", Path: "m2.sql", SQL: []byte(`ALTER TABLE "t" ADD COLUMN "n" INTEGER;`)})
	if len(notices) != 0 {
		t.Errorf("after Release: %v", notices)
	}
	if _, ix := cat.IndexByName("", "sqlite_autoindex_t_1"); ix == nil {
		t.Errorf("the index did not survive Release")
	}
}
